package org.argmap.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;

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
 */
public record ExportedMap(ArgumentMap map, String svg, List<Diagnostic> diagnostics, Optional<Evaluation> evaluation) {

    public ExportedMap {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(svg, "svg");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** A page without an evaluation. */
    public ExportedMap(ArgumentMap map, String svg, List<Diagnostic> diagnostics) {
        this(map, svg, diagnostics, Optional.empty());
    }
}
