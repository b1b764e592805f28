package org.argmap.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SchemeCatalogue;

/**
 * What an exported page shows: a map, its diagram, what the check found in it and, when asked
 * for, its evaluation.
 *
 * @param map         the map, without errors (a map with errors is not exported); a view's part
 *                    of a map when the page shows a view
 * @param svg         the diagram as {@code render} writes it, stamp included
 * @param diagnostics the warnings and notes of the check run, in the order they were reported
 * @param evaluation  the evaluation of the whole map {@code map} is taken from, when the page
 *                    shows it
 * @param schemes     the schemes the map may name, for each argument's scheme name and critical
 *                    questions
 */
public record ExportedMap(ArgumentMap map, String svg, List<Diagnostic> diagnostics, Optional<Evaluation> evaluation,
                         SchemeCatalogue schemes) {

    public ExportedMap {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(svg, "svg");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(schemes, "schemes");
    }

    /** A page that shows no scheme's questions. */
    public ExportedMap(ArgumentMap map, String svg, List<Diagnostic> diagnostics, Optional<Evaluation> evaluation) {
        this(map, svg, diagnostics, evaluation, SchemeCatalogue.EMPTY);
    }

    /** A page without an evaluation. */
    public ExportedMap(ArgumentMap map, String svg, List<Diagnostic> diagnostics) {
        this(map, svg, diagnostics, Optional.empty());
    }
}
