package org.argmap.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.argmap.model.Deadline;
import org.argmap.render.engine.Drawing;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineException;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.TimeLimitException;

/**
 * Draws maps side by side, as many at once as there are cores, and hands them back one by one in
 * their order, so that a run prints and writes exactly what it would drawing one map at a time.
 * Each task makes a map's DOT and, when asked to, the engine's drawing of it, within the map's time
 * budget for drawing, which is the engine's time limit. The engines ({@link DrawingEngines}, not
 * thread-safe) are chosen on the caller's thread; an engine draws any number of maps at once.
 * Closing stops the drawings still running, e.g. when an earlier map failed, and the engines.
 */
public final class Drawings implements AutoCloseable {

    private final DrawingEngines engines;
    private final Supplier<Deadline> deadlines;
    private final Duration budget;
    private final ExecutorService pool;

    /**
     * @param deadlines starts a map's time for drawing
     * @param budget    the time each map's drawing may take, for the message when it runs out
     */
    public Drawings(EngineSelector selector, EngineChoice choice, Supplier<Deadline> deadlines, Duration budget) {
        this.engines = new DrawingEngines(selector, choice);
        this.deadlines = deadlines;
        this.budget = budget;
        AtomicInteger count = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread thread = new Thread(task, "argmap-draw-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The engines the maps are drawn with; their choice follows the stamps of earlier drawings. */
    public DrawingEngines engines() {
        return engines;
    }

    /**
     * Starts on every map: its DOT and, for the maps {@code draws} picks, its drawing by the engine
     * that the stamp of the map's earlier drawing calls for ({@link DrawingEngines#forDiagram}). A
     * failure to choose an engine comes back from {@link #await} in the map's turn.
     */
    public List<Future<DrawnMap>> submit(List<DrawingRequest> maps, Predicate<DrawingRequest> draws,
                                         Function<DrawingRequest, Optional<DrawingStamp>> earlierStamp) {
        List<Future<DrawnMap>> drawn = new ArrayList<>();
        for (DrawingRequest map : maps) {
            Optional<Engine> chosen;
            try {
                chosen = draws.test(map) ? Optional.of(engines.forDiagram(earlierStamp.apply(map))) : Optional.empty();
            } catch (EngineException e) {
                drawn.add(CompletableFuture.failedFuture(e));
                continue;
            }
            drawn.add(pool.submit(() -> draw(map, chosen)));
        }
        return drawn;
    }

    private DrawnMap draw(DrawingRequest map, Optional<Engine> engine) {
        Deadline deadline = deadlines.get();
        String dot = map.dot();
        deadline.check();
        Optional<Drawing> drawing = engine.map(drawer -> drawer.draw(dot, limit(deadline)));
        deadline.check();
        return new DrawnMap(map, dot, engine, drawing, deadline);
    }

    /**
     * The work on one map, once done.
     *
     * @throws DrawingTooLong if the drawing ran out of time
     * @throws EngineException if the engine failed
     */
    public DrawnMap await(Future<DrawnMap> drawn, Path map) {
        try {
            return drawn.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutputException("interrupted while drawing " + map);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), map);
        }
    }

    /** The SVG file's text for a map that was not drawn beside the others, drawn now by {@code engine}. */
    public String drawHere(Engine engine, DrawnMap done) {
        try {
            return DrawnMap.stamped(engine, done.dot(), engine.draw(done.dot(), limit(done.deadline())));
        } catch (RuntimeException e) {
            throw failure(e, done.request().path());
        }
    }

    private RuntimeException failure(Throwable cause, Path map) {
        if (cause instanceof Deadline.Exceeded || cause instanceof TimeLimitException) {
            return new DrawingTooLong(map, budget);
        }
        if (cause instanceof RuntimeException e) {
            return e;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    /** The engine's limit: what is left of the map's time for drawing; zero for no limit. */
    private static Duration limit(Deadline deadline) {
        return deadline.remaining().orElse(Duration.ZERO);
    }

    @Override
    public void close() {
        pool.shutdownNow();
        engines.close();
    }
}
