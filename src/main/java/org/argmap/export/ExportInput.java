package org.argmap.export;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SchemeCatalogue;

/**
 * Everything an {@link Exporter} may use for one map.
 *
 * @param map         the map, without errors; a view's part of a map when a view is drawn
 * @param dot         the DOT text the map is drawn from
 * @param svg         the drawing as {@code render} writes it, stamp included; made on first use,
 *                    so only an exporter that {@link Exporter#needsDrawing needs a drawing} may ask
 * @param diagnostics the warnings and notes of the check run, in the order they were reported
 * @param evaluation  the evaluation of the whole map, when the output is to show it
 * @param scale       the size of images in pixels, 1 being 96 pixels per inch ({@code --scale})
 * @param schemes     the schemes the map may name (built-in and the repository's), for their
 *                    names and critical questions
 */
public record ExportInput(ArgumentMap map, String dot, Supplier<String> svg, List<Diagnostic> diagnostics,
                          Optional<Evaluation> evaluation, double scale, SchemeCatalogue schemes) {

    public ExportInput {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(dot, "dot");
        Objects.requireNonNull(svg, "svg");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(schemes, "schemes");
    }

    /** An input whose map names no catalogue scheme, or whose page need not show them. */
    public ExportInput(ArgumentMap map, String dot, Supplier<String> svg, List<Diagnostic> diagnostics,
                       Optional<Evaluation> evaluation, double scale) {
        this(map, dot, svg, diagnostics, evaluation, scale, SchemeCatalogue.EMPTY);
    }

    /** The page's view of this input: the map, its drawing, its findings, its evaluation and its schemes. */
    ExportedMap page() {
        return new ExportedMap(map, svg.get(), diagnostics, evaluation, schemes);
    }
}
