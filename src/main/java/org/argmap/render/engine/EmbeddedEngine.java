package org.argmap.render.engine;

import guru.nidi.graphviz.engine.Format;
import guru.nidi.graphviz.engine.GraphvizException;
import guru.nidi.graphviz.engine.GraphvizV8Engine;
import guru.nidi.graphviz.engine.Options;
import guru.nidi.graphviz.engine.Rasterizer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Graphviz compiled to JavaScript (viz.js 2.1.3, Graphviz 2.44.0) run by V8 through J2V8 4.6 and
 * graphviz-java's {@link GraphvizV8Engine}: needs nothing installed, but is bundled for Linux
 * x86-64 only.
 *
 * <p>Start-up costs about a second, so {@link #start} begins it in the background and the first
 * {@link #renderSvg} waits for it. The native library goes to {@link CacheDirectory} (see
 * {@link J2v8Library}), never to the home folder, and nothing is printed to the terminal.
 *
 * <p>graphviz-java keeps one V8 runtime per thread and engine class, and a second thread would
 * start a second runtime. So each instance owns one daemon thread that starts V8 and does every
 * render and the close; callers on any thread only hand work to it. graphviz-java's process-wide
 * engine ({@code Graphviz.useEngine}) is not used at all.
 */
public final class EmbeddedEngine implements Engine {

    /** Longest a single render may take before it is abandoned. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private final ExecutorService worker;
    private final Future<ResettableV8Engine> started;
    private final Duration timeout;

    private EmbeddedEngine(Path cacheDirectory, Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "argmap-embedded-graphviz");
            thread.setDaemon(true);
            return thread;
        });
        this.started = worker.submit(() -> startOnWorker(cacheDirectory));
    }

    /** Whether this build carries the native library the engine needs on {@code platform}. */
    public static boolean isBundledFor(Platform platform) {
        return platform.isLinuxX86_64() && J2v8Library.bundled().isPresent();
    }

    /**
     * Starts the engine in the background, keeping its native library under {@code cacheDirectory}.
     *
     * @throws EngineUnavailableException at once if the library is not bundled for this platform;
     *     a failure during start-up surfaces from the first {@link #renderSvg} instead
     */
    public static EmbeddedEngine start(Path cacheDirectory) {
        return start(cacheDirectory, DEFAULT_TIMEOUT);
    }

    /** As {@link #start(Path)}, with a time limit for start-up and for each render. */
    public static EmbeddedEngine start(Path cacheDirectory, Duration timeout) {
        Platform platform = Platform.current();
        if (!isBundledFor(platform)) {
            throw new EngineUnavailableException("The embedded Graphviz engine is not part of this build for "
                    + platform + "; it is bundled for Linux x86-64 only.");
        }
        return new EmbeddedEngine(cacheDirectory, timeout);
    }

    private static ResettableV8Engine startOnWorker(Path cacheDirectory) throws IOException {
        Path libraryDirectory;
        try {
            libraryDirectory = J2v8Library.load(cacheDirectory);
        } catch (IOException e) {
            throw new IOException("cannot put its native library into the cache folder " + cacheDirectory
                    + " (" + e.getMessage() + "); set " + CacheDirectory.OVERRIDE_VARIABLE + " to a writable folder", e);
        }
        ResettableV8Engine engine = new ResettableV8Engine(libraryDirectory.toString());
        AtomicBoolean ok = new AtomicBoolean();
        // synchronous for this engine class: runs here, on the worker thread
        engine.init(e -> ok.set(true), e -> ok.set(false));
        if (!ok.get()) {
            throw new IOException("V8 started but viz.js could not be initialised");
        }
        return engine;
    }

    @Override
    public String name() {
        return EngineChoice.EMBEDDED.cliName();
    }

    @Override
    public String description() {
        return "embedded Graphviz 2.44.0 (viz.js 2.1.3 on J2V8 4.6.0)";
    }

    @Override
    public String renderSvg(String dot) {
        Objects.requireNonNull(dot, "dot");
        ResettableV8Engine engine = awaitStart();
        Future<String> rendering;
        try {
            rendering = worker.submit(() -> engine.render(dot));
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the embedded Graphviz engine is closed", e);
        }
        try {
            return rendering.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof GraphvizException) {
                throw new RenderException("Graphviz (embedded) could not draw the map: " + cause.getMessage(), cause);
            }
            throw new RenderException("Graphviz (embedded) failed: " + cause, cause);
        } catch (TimeoutException e) {
            // V8 cannot be interrupted from here; the daemon worker is abandoned with the render
            rendering.cancel(true);
            throw new RenderException("Graphviz (embedded) did not finish within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("interrupted while Graphviz (embedded) was drawing", e);
        } catch (CancellationException e) {
            throw new RenderException("the embedded Graphviz engine was closed during a render", e);
        }
    }

    private ResettableV8Engine awaitStart() {
        try {
            return started.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new EngineUnavailableException("The embedded Graphviz engine did not start within "
                    + timeout.toSeconds() + " s.", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new EngineUnavailableException("The embedded Graphviz engine could not start: "
                    + (cause.getMessage() == null ? cause.toString() : cause.getMessage()), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("Interrupted while the embedded Graphviz engine was starting.", e);
        } catch (CancellationException e) {
            throw new EngineUnavailableException("The embedded Graphviz engine was closed.", e);
        }
    }

    /**
     * Releases V8 on the worker thread, where graphviz-java keeps it, and lets the thread end.
     * Does not wait: a command that stops before rendering (say, on an invalid map) should not
     * sit out a start-up it no longer needs. The thread is a daemon, so it never holds up exit.
     */
    @Override
    public synchronized void close() {
        if (worker.isShutdown()) {
            return;
        }
        worker.submit(() -> {
            try {
                started.get().close();
            } catch (Exception e) {
                // start-up failed or V8 complained while releasing: nothing left to free
            }
        });
        worker.shutdown();
    }

    /**
     * graphviz-java's V8 engine, made deterministic. viz.js reuses one Graphviz instance, and
     * Graphviz's output depends on its heap (element order and node positions changed between
     * repeated renders of the same DOT in one JVM). So every render but the first starts from a
     * fresh instance brought to the same state that start-up leaves: one render of
     * {@code graph g { a -- b }}. The first render then needs no reset, which keeps the common
     * one-render-per-process case fast; later renders cost about as much as a first one.
     */
    private static final class ResettableV8Engine extends GraphvizV8Engine {

        private static final Options SVG = Options.create().format(Format.SVG);
        private static final String WARM_UP = "graph g { a -- b }";

        private boolean used;

        ResettableV8Engine(String extractionPath) {
            super(extractionPath);
        }

        String render(String dot) throws IOException {
            if (used) {
                engine().executeJavascript("initViz(true)");
                execute(WARM_UP, Options.create(), Rasterizer.NONE);
            }
            used = true;
            return execute(dot, SVG, Rasterizer.NONE).asString();
        }

        /**
         * Passes the DOT to viz.js, properly quoted, and nothing else. The inherited version also
         * measures every {@code fontname} it finds in the text (even inside labels) with AWT,
         * once per JVM, and pastes the name unquoted into JavaScript: that made the first render
         * differ from later ones, made output depend on the fonts installed, started AWT, and let
         * label text inject JavaScript. viz.js's own font metrics are used instead.
         */
        @Override
        protected String jsVizExec(String src, Options options) {
            return engine().executeJavascript("render(", src, "," + options.toJson(false) + ");");
        }
    }
}
