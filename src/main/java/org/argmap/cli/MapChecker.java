package org.argmap.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.check.SourceText;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.load.ConfigLoader;
import org.argmap.load.ConfigLocator;
import org.argmap.load.LoadLimits;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.load.RegularFiles;
import org.argmap.load.RuleConfig;
import org.argmap.load.SourceTextLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;
import org.argmap.report.QuoteCheck;

/**
 * Loads and checks maps: the part of the pipeline that {@code check} and {@code render} share.
 * Each map is checked with the settings of the nearest {@code argmap.yaml} above it, overridden by
 * the command line.
 */
final class MapChecker {

    /**
     * One map after loading and checking, and whether its warnings fail (strict).
     *
     * @param context what the rules looked at, when the map loaded; it keeps the map's evaluation
     * @param quotes  whether the map's quotes were checked, and against what
     * @param rules   the rule levels the map was checked with, for findings made after the check
     */
    record CheckedMap(Path path, LoadResult load, List<Diagnostic> diagnostics, boolean strict,
                      Optional<CheckContext> context, QuoteCheck quotes, RuleSettings rules) {

        CheckedMap(Path path, LoadResult load, List<Diagnostic> diagnostics, boolean strict) {
            this(path, load, diagnostics, strict, load.map().map(CheckContext::of), QuoteCheck.none(load.file()),
                    RuleSettings.DEFAULTS);
        }

        /** The map's evaluation, computed at most once per check; empty when the map did not load. */
        Optional<Evaluation> evaluation() {
            return context.map(CheckContext::evaluation);
        }

        boolean hasErrors() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }

        boolean hasWarnings() {
            return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
        }

        /** Errors fail a map; so do warnings when it is checked strictly. */
        boolean fails() {
            return hasErrors() || strict && hasWarnings();
        }
    }

    /** A map's settings and the checker that runs them, shared by maps with the same settings file. */
    private record Checking(MapSettings settings, Checker checker) {
    }

    private final MapLoader loader = new MapLoader();
    private final ConfigLoader configLoader = new ConfigLoader(Rules.settable().stream().map(RuleInfo::id).toList());
    private final Optional<SourceTextLoader.SourceFile> fallbackSource;
    private final RuleSettings commandLineRules;
    private final Optional<Boolean> strictOption;
    private final TimeBudget timeBudget;

    MapChecker(CheckOptions options) {
        this(options, TimeBudget.of(options));
    }

    MapChecker(CheckOptions options, TimeBudget timeBudget) {
        this.commandLineRules = RuleOptions.parse(options.rules);
        this.strictOption = Optional.ofNullable(options.strict);
        this.fallbackSource = Optional.ofNullable(options.source).map(MapChecker::readSource);
        this.timeBudget = timeBudget;
    }

    /** The exit status for these results: {@link ExitStatus#FINDINGS} when any map fails. */
    static int exitStatus(List<CheckedMap> results) {
        return results.stream().anyMatch(CheckedMap::fails) ? ExitStatus.FINDINGS : ExitStatus.CLEAN;
    }

    /**
     * Checks every map with its settings.
     *
     * @throws CommandFailure before checking any map when a settings file has problems (with
     *                        the findings in it), or cannot be read
     */
    List<CheckedMap> checkAll(List<Path> files) {
        return checkAll(files, map -> false);
    }

    /**
     * Checks every map with its settings and, within the map's time budget, evaluates each map
     * that {@code evaluates} names and whose findings allow it.
     *
     * @throws CommandFailure as {@link #checkAll(List)}
     */
    List<CheckedMap> checkAll(List<Path> files, Predicate<ArgumentMap> evaluates) {
        Map<Path, Optional<Path>> configOf = new LinkedHashMap<>();
        Map<Path, RuleConfig> configs = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<Path> config = ConfigLocator.find(file.toAbsolutePath().getParent());
            configOf.put(file, config);
            config.ifPresent(c -> configs.computeIfAbsent(c, this::readConfig));
        }
        refuseBroken(List.copyOf(configs.values()));
        Map<Optional<Path>, Checking> checkings = new HashMap<>();
        List<CheckedMap> results = new ArrayList<>();
        for (Map.Entry<Path, Optional<Path>> map : configOf.entrySet()) {
            Checking checking = checkings.computeIfAbsent(map.getValue(), config -> {
                MapSettings settings = MapSettings.resolve(config.map(configs::get), commandLineRules, strictOption);
                return new Checking(settings, Checker.of(settings.rules()));
            });
            results.add(check(map.getKey(), checking, evaluates));
        }
        return results;
    }

    /** Whether quotes can be checked for some map: used to tell the user when they are not. */
    boolean hasFallbackSource() {
        return fallbackSource.isPresent();
    }

    private CheckedMap check(Path file, Checking checking, Predicate<ArgumentMap> evaluates) {
        Deadline deadline = timeBudget.start();
        LoadResult load;
        try {
            load = loader.load(file);
        } catch (RegularFiles.Refused e) {
            throw new CommandFailure("cannot read " + file + ": it " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + file + ": " + IoProblems.describe(file, e));
        }
        RuleSettings settings = checking.settings().rules();
        List<Diagnostic> diagnostics = new ArrayList<>(RuleOptions.applyToLoadFindings(settings, load.diagnostics()));
        Optional<CheckContext> context = load.map().map(map -> {
            SourceTextLoader.Result source = SourceTextLoader.load(file, map, fallbackSource);
            source.problem().ifPresent(diagnostics::add);
            Optional<SourceText> text = source.source().map(s -> new SourceText(s.file(), s.content()));
            return new CheckContext(map, text, Optional.of(load.content()), deadline);
        });
        try {
            deadline.check();
            context.ifPresent(c -> diagnostics.addAll(checking.checker().check(c)));
            if (context.isPresent() && evaluates.test(context.get().map())
                    && diagnostics.stream().noneMatch(MapEvaluator::blocksEvaluation)) {
                context.get().evaluation();
            }
        } catch (Deadline.Exceeded e) {
            diagnostics.add(TimeBudget.exceeded(load.file(), "checking", e));
            context = Optional.empty();
        }
        return new CheckedMap(file, load, diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList(),
                checking.settings().strict(), context,
                context.map(c -> quoteCheck(load.file(), c, settings)).orElse(QuoteCheck.none(load.file())), settings);
    }

    private static QuoteCheck quoteCheck(String file, CheckContext context, RuleSettings settings) {
        int quotes = context.map().statements().values().stream().mapToInt(s -> s.quotes().size()).sum();
        boolean ruleOn = Rules.byId(RuleIds.QUOTE_NOT_FOUND).flatMap(settings::severityOf).isPresent();
        if (context.source().isPresent()) {
            return ruleOn ? new QuoteCheck(file, quotes, Optional.of(context.source().get().file()), Optional.empty())
                    : new QuoteCheck(file, quotes, Optional.empty(), Optional.of(QuoteCheck.RULE_OFF));
        }
        // a source.text that cannot be read is a finding of its own, which says no quote was checked
        boolean reported = context.map().source().text().isPresent();
        return new QuoteCheck(file, quotes, Optional.empty(), reported ? Optional.empty() : Optional.of(QuoteCheck.NO_SOURCE));
    }

    /** Reads a settings file, named relative to the working folder when it lies below it. */
    private RuleConfig readConfig(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path shown = file.startsWith(here) ? here.relativize(file) : file;
        try {
            return configLoader.load(shown);
        } catch (RegularFiles.Refused e) {
            throw new CommandFailure("cannot read the settings file " + shown + ": it " + e.getMessage(),
                    "argmap reads a settings file only if it is a regular file in the repository; remove or replace it");
        } catch (IOException e) {
            throw new CommandFailure("cannot read the settings file " + shown + ": " + IoProblems.describe(shown, e),
                    "check its permissions, or move it away to check with the default settings");
        }
    }

    private static void refuseBroken(List<RuleConfig> configs) {
        List<RuleConfig> broken = configs.stream().filter(RuleConfig::hasErrors).toList();
        if (broken.isEmpty()) {
            return;
        }
        long problems = broken.stream().mapToLong(c -> c.diagnostics().size()).sum();
        String what = broken.size() == 1
                ? "the settings file " + broken.get(0).file()
                : broken.size() + " settings files";
        throw new CommandFailure(what + " " + (broken.size() == 1 ? "has " : "have ") + problems
                + (problems == 1 ? " problem" : " problems") + "; no map was checked",
                "fix the settings shown above", Reporting.format(broken));
    }

    private static SourceTextLoader.SourceFile readSource(Path path) {
        try {
            return SourceTextLoader.readGiven(path);
        } catch (SourceTextLoader.Unusable e) {
            throw new CommandFailure("cannot read the source text " + path + ": it " + e.getMessage(),
                    "--source names the plain-text file (UTF-8, at most " + LoadLimits.MAX_SOURCE_TEXT_BYTES
                            + " bytes) the map's quotes come from; check the path");
        }
    }
}
