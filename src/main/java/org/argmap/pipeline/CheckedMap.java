package org.argmap.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.check.RuleSettings;
import org.argmap.check.SourceText;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.load.LoadResult;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SchemeCatalogue;
import org.argmap.report.MapStats;
import org.argmap.report.QuoteCheck;

/**
 * One map after loading and checking: what was loaded (the file's text, and the map when it
 * loaded), every finding, whether its warnings fail (strict), the source text its quotes were
 * checked against, and its evaluation when the caller asked for one and the findings allow it
 * ({@link MapEvaluator#blocksEvaluation}).
 *
 * @param path        the map file as the caller named it
 * @param diagnostics the loader's and the rules' findings, sorted by position
 * @param source      the source text the quotes were checked against; empty when none was read
 * @param quotes      whether the map's quotes were checked, and against what
 * @param evaluation  the map's evaluation; empty when not asked for, blocked by an error, or out of time
 * @param rules       the rule levels the map was checked with, for findings made after the check
 * @param schemes     the schemes the map may name (the built-in ones and its settings file's), for
 *                    whatever shows its critical questions
 */
public record CheckedMap(Path path, LoadResult load, List<Diagnostic> diagnostics, boolean strict,
                         Optional<SourceText> source, QuoteCheck quotes, Optional<Evaluation> evaluation,
                         RuleSettings rules, SchemeCatalogue schemes) {

    public CheckedMap {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(load, "load");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(schemes, "schemes");
    }

    /** The map, when the file loaded as one. */
    public Optional<ArgumentMap> map() {
        return load.map();
    }

    /**
     * The map's numbers for {@code argmap stats} (or a preview page), when it loaded: counted from
     * the map as loaded, with its evaluation's labels when it was evaluated.
     */
    public Optional<MapStats> stats() {
        return map().map(map -> MapStats.of(map, evaluation, quotes, diagnostics));
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.WARNING);
    }

    /** Errors fail a map; so do warnings when it is checked strictly. */
    public boolean fails() {
        return hasErrors() || strict && hasWarnings();
    }

    /** Whether any of the maps fails. */
    public static boolean anyFails(List<CheckedMap> maps) {
        return maps.stream().anyMatch(CheckedMap::fails);
    }
}
