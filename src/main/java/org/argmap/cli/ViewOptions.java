package org.argmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.model.ArgumentMap;
import org.argmap.pipeline.DrawingRequests;
import org.argmap.pipeline.PipelineException;
import org.argmap.render.View;
import org.argmap.render.ViewResult;
import picocli.CommandLine.Option;

/**
 * Which part of each map {@code render} draws (a picocli mixin): the whole map, one perspective,
 * or the neighbourhood of one claim. One view at a time: {@code --perspective} and {@code --focus}
 * cannot be combined.
 */
public final class ViewOptions {

    @Option(names = "--perspective", paramLabel = "ID",
            description = "Draw one side only: the statements of perspective ID, the thesis, and the arguments "
                    + "among them, to DIR/<map name>--perspective-ID.svg.")
    Optional<String> perspective = Optional.empty();

    @Option(names = "--focus", paramLabel = "ID",
            description = "Draw the neighbourhood of one statement or argument: everything within --depth "
                    + "relation steps of ID, either way, to DIR/<map name>--focus-ID-DEPTH.svg.")
    Optional<String> focus = Optional.empty();

    @Option(names = "--depth", paramLabel = "N",
            description = "How many relation steps --focus reaches (default: 1; 0 is the claim alone).")
    Optional<Integer> depth = Optional.empty();

    /** The view these options ask for; a combination that makes no sense cannot run. */
    View view() {
        if (perspective.isPresent() && focus.isPresent()) {
            throw new CommandFailure("--perspective and --focus cannot be combined",
                    "draw one view at a time; a smaller --depth narrows a focus view");
        }
        if (depth.isPresent() && focus.isEmpty()) {
            throw new CommandFailure("--depth needs --focus", "e.g. --focus ID --depth 2");
        }
        if (depth.isPresent() && depth.get() < 0) {
            throw new CommandFailure("--depth must be 0 or more, not " + depth.get(),
                    "--depth 0 draws the claim alone, 1 adds what it touches directly");
        }
        if (perspective.isPresent()) {
            return new View.OfPerspective(perspective.get());
        }
        return focus.<View>map(id -> new View.Focus(id, depth.orElse(View.Focus.DEFAULT_DEPTH))).orElse(View.WHOLE);
    }

    /** {@code view} of {@code map}; a view naming an id the map lacks cannot run. */
    static ViewResult apply(View view, Path file, ArgumentMap map) {
        try {
            return DrawingRequests.view(view, file, map);
        } catch (PipelineException e) {
            throw CommandFailure.of(e);
        }
    }

    /**
     * The options that ask for {@code view} again, as typed into a shell (ids quoted), each with a
     * leading space; empty for the whole map.
     */
    static String asArguments(View view) {
        List<String> words = new ArrayList<>();
        if (view instanceof View.OfPerspective ofPerspective) {
            words.add("--perspective " + ShellWords.quote(ofPerspective.id()));
        } else if (view instanceof View.Focus focus) {
            words.add("--focus " + ShellWords.quote(focus.id()));
            words.add("--depth " + focus.depth());
        }
        return words.stream().map(word -> " " + word).reduce("", String::concat);
    }
}
