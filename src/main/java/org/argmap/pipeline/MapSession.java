package org.argmap.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Future;
import org.argmap.render.View;
import org.argmap.render.engine.EngineException;

/**
 * A warm pipeline for front ends that draw the same maps again and again ({@code watch}, the
 * preview server): one checker and one set of engines for the life of the session, so that a map
 * saved again is checked and drawn without starting Java or Graphviz again. Each
 * {@link #update} reads the map afresh through {@link MapChecker} (the settings file, size limits
 * and the repository's boundary apply as in {@code check}) and draws it through {@link Drawings}.
 *
 * <p>The session remembers each map's last good drawing: a map that stops loading, gets an error,
 * cannot be read or cannot be drawn keeps it, and the {@link Update} says what went wrong beside
 * it. One update runs at a time; the methods may be called from any thread.
 */
public final class MapSession implements AutoCloseable {

    /**
     * A drawing of a map, as shown or written.
     *
     * @param drawn      the map's DOT, its request and, when drawn, the engine's drawing
     * @param svg        the stamped SVG; empty when the session was asked not to draw
     * @param generation which update made it (they count from 1 across the session)
     */
    public record Drawn(DrawnMap drawn, Optional<String> svg, long generation) {
        public Drawn {
            Objects.requireNonNull(drawn, "drawn");
            Objects.requireNonNull(svg, "svg");
        }
    }

    /**
     * Why an update made no drawing although the map may have no findings: the map or its settings
     * could not be read, the view names an id the map lacks, or the engine failed or ran out of time.
     *
     * @param message  for the user, as the command line says it
     * @param hint     what to do about it
     * @param pipeline the pipeline's own exception, when it was one (a broken settings file carries its findings)
     */
    public record Failure(String message, Optional<String> hint, Optional<PipelineException> pipeline) {
        public Failure {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(hint, "hint");
            Objects.requireNonNull(pipeline, "pipeline");
        }

        static Failure of(PipelineException e) {
            return new Failure(e.getMessage(), e.hint(), Optional.of(e));
        }
    }

    /**
     * What one update found.
     *
     * @param map        the map file as the front end named it
     * @param generation this update's number
     * @param checked    the map as checked; empty when it could not be read (see {@code failure})
     * @param fresh      the drawing this update made; empty when the map has errors or failed
     * @param failure    why nothing could be checked or drawn, apart from the map's own findings
     * @param lastGood   the newest drawing of the map: {@code fresh}, or else the one before
     * @param took       how long the update took
     */
    public record Update(Path map, long generation, Optional<CheckedMap> checked, Optional<Drawn> fresh,
                         Optional<Failure> failure, Optional<Drawn> lastGood, Duration took) {

        /** Whether the drawing shown is this update's: the map checked without errors and was drawn. */
        public boolean drawn() {
            return fresh.isPresent();
        }
    }

    /** What to draw and how. */
    public record Request(View view, DiagramChoices choices, boolean draws, Optional<DrawingStamp> earlierStamp) {
        public Request {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(choices, "choices");
            Objects.requireNonNull(earlierStamp, "earlierStamp");
        }

        /** The whole map, drawn, with the map's own options. */
        public static Request drawing(View view, DiagramChoices choices) {
            return new Request(view, choices, true, Optional.empty());
        }
    }

    private final MapChecker checker;
    private final Drawings drawings;
    private final Map<Path, Drawn> lastGood = new HashMap<>();
    private long generation;

    /** @param drawings the engines, which the session keeps running and closes with itself */
    public MapSession(MapChecker checker, Drawings drawings) {
        this.checker = Objects.requireNonNull(checker, "checker");
        this.drawings = Objects.requireNonNull(drawings, "drawings");
    }

    /** The engines, e.g. to start one in the background before the first update. */
    public DrawingEngines engines() {
        return drawings.engines();
    }

    /**
     * Checks {@code map} again and, when it has no errors, draws it as {@code request} asks.
     * Nothing thrown by the pipeline escapes: it comes back as the update's {@link Failure}.
     */
    public synchronized Update update(Path map, Request request) {
        long started = System.nanoTime();
        long number = ++generation;
        Optional<CheckedMap> checked = Optional.empty();
        Optional<Drawn> fresh = Optional.empty();
        Optional<Failure> failure = Optional.empty();
        try {
            CheckedMap result = checker.checkAll(List.of(map),
                    m -> DiagramChoices.evaluates(request.choices(), m.render())).get(0);
            checked = Optional.of(result);
            if (!result.hasErrors() && result.map().isPresent()) {
                fresh = Optional.of(draw(result, request, number));
                lastGood.put(map, fresh.get());
            }
        } catch (PipelineException e) {
            failure = Optional.of(Failure.of(e));
        } catch (DrawingTooLong e) {
            failure = Optional.of(new Failure("drawing " + map + " took longer than its time budget of "
                    + TimeBudgetFinding.seconds(e.budget()) + " and was stopped",
                    Optional.of("give it more time with --time-budget SECONDS (0: no limit), or draw part of it"),
                    Optional.empty()));
        } catch (EngineException e) {
            failure = Optional.of(new Failure(e.getMessage(), Optional.empty(), Optional.empty()));
        }
        return new Update(map, number, checked, fresh, failure, Optional.ofNullable(lastGood.get(map)),
                Duration.ofNanos(System.nanoTime() - started));
    }

    private Drawn draw(CheckedMap checked, Request request, long number) {
        DrawingRequest drawing = DrawingRequests.of(checked, request.view(), request.choices());
        Future<DrawnMap> submitted = drawings.submit(List.of(drawing), r -> request.draws(),
                r -> request.earlierStamp()).get(0);
        DrawnMap done = drawings.await(submitted, checked.path());
        return new Drawn(done, done.drawing().isPresent() ? Optional.of(done.svg()) : Optional.empty(), number);
    }

    /** The newest good drawing of {@code map}, if it ever had one. */
    public synchronized Optional<Drawn> lastGood(Path map) {
        return Optional.ofNullable(lastGood.get(map));
    }

    /** Forgets a map that is gone, so that one made again under its name starts afresh. */
    public synchronized void forget(Path map) {
        lastGood.remove(map);
    }

    @Override
    public synchronized void close() {
        drawings.close();
    }
}
