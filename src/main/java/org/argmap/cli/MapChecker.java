package org.argmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.check.RuleSettings;
import org.argmap.check.SourceText;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.load.SourceTextLoader;

/** Loads and checks maps: the part of the pipeline that {@code check} and {@code render} share. */
final class MapChecker {

    /** One map after loading and checking. */
    record CheckedMap(Path path, LoadResult load, List<Diagnostic> diagnostics) {
        boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    private final MapLoader loader = new MapLoader();
    private final Optional<SourceTextLoader.SourceFile> fallbackSource;
    private final RuleSettings settings;
    private final Checker checker;

    MapChecker(CheckOptions options) {
        this.settings = RuleOptions.parse(options.rules);
        this.checker = Checker.of(settings);
        this.fallbackSource = Optional.ofNullable(options.source).map(MapChecker::readSource);
    }

    List<CheckedMap> checkAll(List<Path> files) {
        List<CheckedMap> results = new ArrayList<>();
        for (Path file : files) {
            results.add(check(file));
        }
        return results;
    }

    /** Whether quotes can be checked for some map: used to tell the user when they are not. */
    boolean hasFallbackSource() {
        return fallbackSource.isPresent();
    }

    CheckedMap check(Path file) {
        LoadResult load;
        try {
            load = loader.load(file);
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + e.getMessage());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(RuleOptions.applyToLoadFindings(settings, load.diagnostics()));
        load.map().ifPresent(map -> {
            SourceTextLoader.Result source = SourceTextLoader.load(file, map, fallbackSource);
            source.problem().ifPresent(diagnostics::add);
            Optional<SourceText> text = source.source().map(s -> new SourceText(s.file(), s.content()));
            diagnostics.addAll(checker.check(new CheckContext(map, text)));
        });
        return new CheckedMap(file, load, diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList());
    }

    private static SourceTextLoader.SourceFile readSource(Path path) {
        try {
            return new SourceTextLoader.SourceFile(path.toString(), SourceTextLoader.read(path));
        } catch (IOException e) {
            throw new CommandFailure("cannot read the source text " + path,
                    "--source names the text the map's quotes come from; check the path");
        }
    }
}
