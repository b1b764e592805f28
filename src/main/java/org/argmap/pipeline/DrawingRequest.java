package org.argmap.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.SchemeCatalogue;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DotRenderer;
import org.argmap.render.ViewResult;

/**
 * A map that can be drawn (it has no errors): the part of it to draw, how, and what goes beside
 * the drawing in the other formats.
 *
 * @param path        the map file as the user named it
 * @param view        the part of the map to draw
 * @param options     the drawing options, the command line's over the map's own
 * @param evaluation  the evaluation of the whole map, when it is drawn with it
 * @param diagnostics the check's findings in the map (warnings and notes)
 * @param schemes     the schemes the map may name, for their names and critical questions
 */
public record DrawingRequest(Path path, ViewResult view, DiagramOptions options, Optional<Evaluation> evaluation,
                             List<Diagnostic> diagnostics, SchemeCatalogue schemes) {

    public DrawingRequest {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(evaluation, "evaluation");
        diagnostics = List.copyOf(diagnostics);
        Objects.requireNonNull(schemes, "schemes");
    }

    /** The DOT of the view, marked with the evaluation when there is one. */
    String dot() {
        DotRenderer renderer = new DotRenderer(options).withSchemes(schemes);
        return evaluation.map(e -> renderer.render(view, e)).orElseGet(() -> renderer.render(view));
    }
}
