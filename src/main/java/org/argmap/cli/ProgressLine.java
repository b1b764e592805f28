package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.argmap.diagnostic.PrintableText;
import org.argmap.pipeline.MapChecker;
import org.argmap.text.DisplayWidth;

/**
 * How far a long run has got ({@code checking 12/400 maps/x.yaml}), on one line of a terminal
 * rewritten in place with a carriage return, and cleared before anything else is printed: the
 * commands' own output passes through {@link #guard}, which clears the line first, so findings
 * never share a line with it. Shown only on a terminal ({@link #wanted}), only once the work has
 * gone on for {@link #DELAY} (a quick run shows nothing), and at most ten times a second.
 * Elsewhere (a pipe, a file, a CI log, the tests' writers) it is {@link #OFF} and prints nothing.
 */
final class ProgressLine {

    /** How long work goes on before the line first appears. */
    static final Duration DELAY = Duration.ofMillis(200);
    /** The least time between two rewrites of the line. */
    static final Duration INTERVAL = Duration.ofMillis(100);

    /** Prints nothing, ever. */
    static final ProgressLine OFF = new ProgressLine(Optional.empty(), System::nanoTime, 80);

    private final Optional<Writer> terminal;
    private final LongSupplier clock;
    private final int columns;
    private final long started;
    private final List<Writer> guarded = new ArrayList<>();
    private long lastShown;
    private boolean shownOnce;
    /** The columns the line takes on the terminal now; 0 when it is clear. */
    private int shownWidth;

    /**
     * @param terminal where the line goes; empty for none
     * @param clock    nanoseconds, as {@link System#nanoTime}
     * @param columns  the terminal's width: the line is cut to one column less, so it never wraps
     */
    ProgressLine(Optional<Writer> terminal, LongSupplier clock, int columns) {
        this.terminal = terminal;
        this.clock = clock;
        this.columns = Math.max(columns, 20);
        this.started = clock.getAsLong();
    }

    /**
     * The progress line of this process, writing to {@code err} when standard error is a terminal
     * the user watches ({@link #wanted}); {@link #OFF} otherwise.
     */
    static ProgressLine forThisProcess(Writer err) {
        Map<String, String> env = System.getenv();
        if (!wanted(env, System.console() != null, stderrIsTerminal())) {
            return OFF;
        }
        return new ProgressLine(Optional.of(err), System::nanoTime, columns(env));
    }

    /**
     * Whether to show progress: on a console (standard input and output are a terminal), when
     * standard error is one too (or this system cannot tell), and neither in CI (the variable
     * {@code CI} set, as CI services do) nor on a terminal that cannot rewrite a line
     * ({@code TERM=dumb}).
     *
     * @param stderrTerminal whether standard error is a terminal; empty when this system cannot tell
     */
    static boolean wanted(Map<String, String> env, boolean console, Optional<Boolean> stderrTerminal) {
        boolean ci = env.containsKey("CI") && !env.get("CI").isBlank();
        boolean dumb = "dumb".equals(env.get("TERM"));
        return console && !ci && !dumb && stderrTerminal.orElse(true);
    }

    /** On Linux, what file descriptor 2 leads to: a terminal device or not; empty elsewhere. */
    private static Optional<Boolean> stderrIsTerminal() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static int columns(Map<String, String> env) {
        try {
            return Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }

    /** Whether the line is ever shown. */
    boolean on() {
        return terminal.isPresent();
    }

    /**
     * {@code writer} made to clear the line before it writes anything, and to be flushed before the
     * line is drawn, so that the two never mix; {@code writer} itself when the line is off.
     */
    PrintWriter guard(PrintWriter writer) {
        if (!on()) {
            return writer;
        }
        synchronized (this) {
            guarded.add(writer);
        }
        return new PrintWriter(new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                clear();
                writer.write(chars, offset, length);
            }

            @Override
            public void flush() {
                writer.flush();
            }

            @Override
            public void close() {
                writer.close();
            }
        }, true);
    }

    /**
     * Tells each map's turn as {@code <doing> 3/40 maps/x.yaml}, when there is more than one map.
     *
     * @param doing what is done to the maps, e.g. "checking"
     */
    MapChecker.Progress counting(String doing) {
        return (index, total, map) -> step(doing, index, total, map);
    }

    /** {@code <doing> index+1/total map}, when there is more than one map. */
    void step(String doing, int index, int total, Path map) {
        if (total > 1) {
            show(doing + " " + (index + 1) + "/" + total + " " + map);
        }
    }

    /** Rewrites the line with {@code text}, unless it was rewritten less than {@link #INTERVAL} ago or work began less than {@link #DELAY} ago. */
    synchronized void show(String text) {
        if (terminal.isEmpty()) {
            return;
        }
        long now = clock.getAsLong();
        if (now - started < DELAY.toNanos() || shownOnce && now - lastShown < INTERVAL.toNanos()) {
            return;
        }
        String line = DisplayWidth.prefix(PrintableText.line(text), columns - 1);
        int width = DisplayWidth.of(line);
        guarded.forEach(ProgressLine::flushQuietly);
        write("\r" + line + " ".repeat(Math.max(0, shownWidth - width)));
        shownWidth = Math.max(shownWidth, width);
        lastShown = now;
        shownOnce = true;
    }

    /** Clears the line, if it shows anything. */
    synchronized void clear() {
        if (shownWidth > 0) {
            write("\r" + " ".repeat(shownWidth) + "\r");
            shownWidth = 0;
        }
    }

    private void write(String text) {
        try {
            Writer out = terminal.orElseThrow();
            out.write(text);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flushQuietly(Writer writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            // what could not be flushed is printed with the next flush, or lost with the stream
        }
    }
}
