package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.argmap.render.engine.EngineSelector;

/**
 * A command that keeps running ({@code watch}, {@code preview}) run in-process on a thread of its
 * own, with what it prints readable while it runs; {@link #stop} interrupts it as Ctrl-C does.
 */
final class LiveRun implements AutoCloseable {

    /** How long a condition may take to come true before the test fails; generous for a busy machine. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final AtomicInteger status = new AtomicInteger(-1);
    private final Thread thread;

    private LiveRun(EngineSelector engines, String... args) {
        thread = new Thread(() -> status.set(CommandLineFactory.create(new PrintWriter(out, true),
                new PrintWriter(err, true), engines).execute(args)), "argmap-live-run");
        thread.setDaemon(true);
        thread.start();
    }

    static LiveRun start(EngineSelector engines, String... args) {
        return new LiveRun(engines, args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    String all() {
        return out() + err();
    }

    /** Waits until what was printed satisfies {@code condition}. */
    void awaitOut(String what, Predicate<String> condition) {
        await(what, () -> condition.test(out()));
    }

    /** Waits until {@code condition} holds, failing with what was printed after {@link #PATIENCE}. */
    void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (!thread.isAlive() && !condition.getAsBoolean()) {
                fail("the command ended (status " + status.get() + ") before " + what + ":\n" + all());
            }
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + PATIENCE.toSeconds() + " s:\n" + all());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    /** How often {@code text} occurs in what was printed. */
    int count(String text) {
        String printed = out();
        int n = 0;
        for (int at = printed.indexOf(text); at >= 0; at = printed.indexOf(text, at + text.length())) {
            n++;
        }
        return n;
    }

    /** Stops the command as Ctrl-C does and returns its exit status. */
    int stop() {
        thread.interrupt();
        try {
            thread.join(PATIENCE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            fail("the command did not stop:\n" + all());
        }
        return status.get();
    }

    boolean running() {
        return thread.isAlive();
    }

    @Override
    public void close() {
        if (thread.isAlive()) {
            stop();
        }
    }
}
