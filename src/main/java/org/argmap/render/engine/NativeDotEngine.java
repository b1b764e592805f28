package org.argmap.render.engine;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Native Graphviz: runs {@code dot -Tsvg} as a child process, DOT on its stdin, SVG from its stdout.
 *
 * <p>It is run directly rather than through graphviz-java's command-line engine, which goes
 * through a shell, leaves a temporary folder per render and has no time limit. Here each render
 * has a time limit, after which {@code dot} is killed, and a failure carries {@code dot}'s stderr.
 * On success, {@code dot}'s stderr (warnings such as missing fonts) becomes the drawing's warnings.
 */
public final class NativeDotEngine implements Engine {

    private static final int MAX_ERROR_CHARS = 4000;
    /** How {@code dot -V} names its version, e.g. "dot - graphviz version 2.43.0 (0)". */
    private static final Pattern VERSION = Pattern.compile("graphviz version ([0-9][0-9A-Za-z.~+-]*)");
    /** Enough for {@code dot -V}, which only prints a line. */
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(10);

    private final Path executable;
    /** What {@code dot -V} said, asked on first need; null until then. */
    private volatile Optional<String> version;
    private final ExecutorService pipes = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "argmap-dot-pipe");
        thread.setDaemon(true);
        return thread;
    });

    /** @param executable the {@code dot} program, e.g. as found by {@link ExecutableSearch} */
    public NativeDotEngine(Path executable) {
        this.executable = Objects.requireNonNull(executable, "executable");
    }

    @Override
    public String name() {
        return EngineChoice.NATIVE.cliName();
    }

    @Override
    public String description() {
        return "Graphviz dot at " + executable;
    }

    /** Asks {@code dot -V} once; a {@code dot} that does not answer has no known version. */
    @Override
    public Optional<String> graphvizVersion() {
        Optional<String> known = version;
        if (known == null) {
            known = askVersion();
            version = known;
        }
        return known;
    }

    private Optional<String> askVersion() {
        Process process;
        try {
            process = new ProcessBuilder(executable.toString(), "-V").redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            process.getOutputStream().close();
            Future<byte[]> output = submit(process.getInputStream()::readAllBytes);
            if (!process.waitFor(VERSION_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
            return versionIn(new String(output.get(), StandardCharsets.UTF_8));
        } catch (IOException | ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            process.destroyForcibly();
        }
    }

    /** The version in what {@code dot -V} prints, e.g. "2.43.0" from "dot - graphviz version 2.43.0 (0)". */
    static Optional<String> versionIn(String dashV) {
        Matcher matcher = VERSION.matcher(dashV);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Runs {@code dot}, and kills it at {@code limit}. */
    @Override
    public Drawing draw(String dot, Duration limit) {
        Objects.requireNonNull(dot, "dot");
        Objects.requireNonNull(limit, "limit");
        if (pipes.isShutdown()) {
            throw new IllegalStateException("the native Graphviz engine is closed");
        }
        Process process;
        try {
            process = new ProcessBuilder(executable.toString(), "-Tsvg").start();
        } catch (IOException e) {
            throw new EngineUnavailableException("Could not run " + executable + ": " + e.getMessage(), e);
        }
        String who = "Graphviz (" + executable + ")";
        try {
            // three pipes at once: dot may fill stdout or stderr before it has read all of stdin
            Future<byte[]> output = submit(process.getInputStream()::readAllBytes);
            Future<byte[]> errors = submit(process.getErrorStream()::readAllBytes);
            submit(() -> writeAndClose(process.getOutputStream(), dot));
            if (limit.isZero()) {
                process.waitFor();
            } else if (!process.waitFor(limit.toNanos(), TimeUnit.NANOSECONDS)) {
                throw new TimeLimitException(who, limit);
            }
            String errorText = new String(errors.get(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new RenderException(who + " failed with exit status "
                        + process.exitValue() + (errorText.isEmpty() ? "." : ": " + shorten(errorText)));
            }
            byte[] svg = output.get();
            if (svg.length == 0) {
                throw new RenderException(who + " produced no SVG" + (errorText.isEmpty() ? "." : ": " + shorten(errorText)));
            }
            return new Drawing(new String(svg, StandardCharsets.UTF_8),
                    Drawing.warnings(errorText.lines().map(NativeDotEngine::shorten)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RenderException("Interrupted while " + who + " was drawing.", e);
        } catch (ExecutionException e) {
            throw new RenderException("Could not read the output of " + executable + ": " + e.getCause(), e.getCause());
        } finally {
            process.destroyForcibly();
        }
    }

    private <T> Future<T> submit(Callable<T> task) {
        try {
            return pipes.submit(task);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the native Graphviz engine is closed", e);
        }
    }

    private static Void writeAndClose(OutputStream stdin, String dot) {
        try (stdin) {
            stdin.write(dot.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // dot stopped reading, e.g. after a syntax error; its exit status and stderr say why
        }
        return null;
    }

    private static String shorten(String text) {
        return text.length() <= MAX_ERROR_CHARS ? text : text.substring(0, MAX_ERROR_CHARS) + " [...]";
    }

    @Override
    public void close() {
        pipes.shutdownNow();
    }
}
