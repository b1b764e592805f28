package org.argmap.render.engine;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.wasm.ChicoryException;
import java.time.Duration;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Graphviz 16.1.0 compiled to WebAssembly (the npm package {@code @viz-js/viz} 3.31.0), turned
 * into JVM classes by Chicory when argmap is built, and run in-process: pure Java, the same on
 * every platform, nothing to unpack or install. The module and its host functions are in
 * {@link GraphvizWasmInstance}.
 *
 * <p>Each render gets an instance as it was just made, because Graphviz keeps counters between
 * renders (the ids of anchors, for one) and a second render in the same instance gives different
 * bytes. Making an instance costs about 0.1-0.4 s cold, so {@link #start} makes the first one in
 * the background while the caller loads and checks its maps; after a render the instance's heap
 * and globals are put back as they were made ({@link GraphvizWasmInstance#reset}), which takes a
 * few milliseconds, and the next render uses it.
 *
 * <p>Each render runs on a thread of its own with a {@value #RENDER_STACK_MEGABYTES} MB stack:
 * the compiled code recurses on the Java stack as deeply as Graphviz recurses in C, and long
 * chains of statements exhaust a normal thread's stack. A render past the time limit is stopped
 * with {@link Thread#interrupt()}, which the compiled code notices within milliseconds.
 */
public final class WasmGraphvizEngine implements Engine {

    static final int RENDER_STACK_MEGABYTES = 512;
    static final String RENDER_THREAD_NAME = "argmap-wasm-graphviz";
    private static final String WHO = "Graphviz (embedded)";

    /**
     * Instances that drew once and were put back as they were made ({@link GraphvizWasmInstance#reset}),
     * for the next render; at most one per render running at once, since each takes one and
     * gives it back when it is done. A render that fails or is interrupted gives nothing back.
     */
    private final Deque<GraphvizWasmInstance> idle = new ConcurrentLinkedDeque<>();

    /** The instance made at start, for the first render; later renders make their own. */
    private final AtomicReference<CompletableFuture<GraphvizWasmInstance>> prepared;
    private volatile boolean closed;

    private WasmGraphvizEngine() {
        CompletableFuture<GraphvizWasmInstance> first = new CompletableFuture<>();
        Thread maker = new Thread(() -> {
            try {
                first.complete(GraphvizWasmInstance.create(false));
            } catch (Throwable e) {
                first.completeExceptionally(e);
            }
        }, "argmap-wasm-graphviz-start");
        maker.setDaemon(true);
        maker.start();
        this.prepared = new AtomicReference<>(first);
    }

    /** Starts the engine, making its first WebAssembly instance in the background. */
    public static WasmGraphvizEngine start() {
        return new WasmGraphvizEngine();
    }

    @Override
    public String name() {
        return EngineChoice.EMBEDDED.cliName();
    }

    @Override
    public String description() {
        return "embedded Graphviz " + GraphvizWasmInstance.GRAPHVIZ_VERSION + " (@viz-js/viz "
                + GraphvizWasmInstance.VIZ_JS_VERSION + ", WebAssembly on Chicory)";
    }

    @Override
    public Optional<String> graphvizVersion() {
        return Optional.of(GraphvizWasmInstance.GRAPHVIZ_VERSION);
    }

    /**
     * Draws on a thread of its own, which is interrupted at {@code limit}; the compiled code
     * notices within milliseconds, and the thread ends without the caller waiting for it.
     */
    @Override
    public Drawing draw(String dot, Duration limit) {
        Objects.requireNonNull(dot, "dot");
        Objects.requireNonNull(limit, "limit");
        if (closed) {
            throw new IllegalStateException("the embedded Graphviz engine is closed");
        }
        CompletableFuture<GraphvizWasmInstance> first = prepared.getAndSet(null);
        CompletableFuture<Drawing> result = new CompletableFuture<>();
        Thread renderer = new Thread(null, () -> {
            try {
                GraphvizWasmInstance instance = first != null ? first.get() : idleOrNew();
                result.complete(instance.render(dot));
                // after the caller has its drawing: putting the heap back is not its wait
                if (!closed && instance.reset()) {
                    idle.push(instance);
                }
            } catch (ExecutionException e) {
                result.completeExceptionally(e.getCause());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, RENDER_THREAD_NAME, RENDER_STACK_MEGABYTES * 1024L * 1024L);
        renderer.setDaemon(true);
        renderer.start();
        // waits for the drawing, not the thread, which goes on to put its instance back
        try {
            return limit.isZero() ? result.get() : result.get(Math.max(1, limit.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            renderer.interrupt();
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while " + WHO + " was drawing", e);
        } catch (TimeoutException e) {
            renderer.interrupt();
            throw new TimeLimitException(WHO, limit);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof RenderException e) {
            return e;
        }
        if (cause instanceof ChicoryInterruptedException e) {
            return new RenderException(WHO + " was interrupted", e);
        }
        if (cause instanceof StackOverflowError || cause instanceof ChicoryException
                && String.valueOf(cause.getMessage()).contains("call stack exhausted")) {
            return new RenderException("Graphviz (embedded) ran out of stack: the map nests too deeply"
                    + " to draw here; try --engine native or -f dot", cause);
        }
        if (cause instanceof OutOfMemoryError) {
            return new RenderException("Graphviz (embedded) ran out of memory; give Java more with -Xmx,"
                    + " or try --engine native or -f dot", cause);
        }
        if (cause instanceof ExecutionException e && e.getCause() != null) {
            return failure(e.getCause());
        }
        return new RenderException("Graphviz (embedded) failed: " + cause, cause);
    }

    private GraphvizWasmInstance idleOrNew() {
        GraphvizWasmInstance instance = idle.poll();
        return instance != null ? instance : GraphvizWasmInstance.create();
    }

    /** Rendering afterwards is an error; a render already running finishes on its own. */
    @Override
    public void close() {
        closed = true;
        prepared.set(null);
        idle.clear();
    }
}
