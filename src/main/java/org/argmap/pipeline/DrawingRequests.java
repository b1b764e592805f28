package org.argmap.pipeline;

import java.nio.file.Path;
import java.util.Optional;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.model.ArgumentMap;
import org.argmap.render.View;
import org.argmap.render.ViewResult;

/**
 * The one way a checked map becomes a {@link DrawingRequest}: the view applied to it, the
 * drawing options chosen (on the command line or in the preview page) over the map's own, and its
 * evaluation when it is drawn with one. {@code render}, {@code watch} and the preview make their
 * requests here, so that they draw a map alike.
 */
public final class DrawingRequests {

    private static final int LISTED_IDS = 8;

    private DrawingRequests() {
    }

    /**
     * The request to draw {@code checked}, which has no errors and loaded as a map.
     *
     * @throws PipelineException.UnusableInput when the view names an id the map lacks
     */
    public static DrawingRequest of(CheckedMap checked, View view, DiagramChoices choices) {
        ArgumentMap map = checked.map().orElseThrow(() -> new IllegalArgumentException(checked.path() + " did not load"));
        boolean evaluates = DiagramChoices.evaluates(choices, map.render());
        return new DrawingRequest(checked.path(), view(view, checked.path(), map),
                DiagramChoices.resolve(choices, map.render()),
                evaluates ? checked.evaluation() : Optional.empty(), checked.diagnostics(), checked.schemes());
    }

    /**
     * {@code view} of {@code map}.
     *
     * @throws PipelineException.UnusableInput naming the map and the closest id when the view
     *                                         names an id the map lacks
     */
    public static ViewResult view(View view, Path file, ArgumentMap map) {
        view.unknownIn(map).ifPresent(unknown -> {
            String hint = DidYouMean.hint(unknown.id(), unknown.known()).orElseGet(() -> knownIds(unknown));
            throw new PipelineException.UnusableInput(file + " has no " + unknown.what() + " '" + unknown.id() + "'", hint);
        });
        return view.apply(map);
    }

    private static String knownIds(View.UnknownId unknown) {
        if (unknown.known().isEmpty()) {
            return "the map has no " + unknown.what() + " to draw on its own";
        }
        if (unknown.known().size() > LISTED_IDS) {
            return "ids are the keys under 'statements:' and 'arguments:' in the map";
        }
        return "it has " + String.join(", ", unknown.known());
    }
}
