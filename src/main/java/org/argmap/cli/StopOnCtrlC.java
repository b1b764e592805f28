package org.argmap.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * For the commands that run until Ctrl-C ({@code watch}, {@code preview}): on Ctrl-C the command's
 * thread is interrupted, and the JVM waits a moment for it to finish what it is doing (a file
 * being written is written whole, the engines and the server are closed) before it exits.
 */
final class StopOnCtrlC implements AutoCloseable {

    private static final long GRACE_SECONDS = 3;

    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread hook;

    /** Interrupts the calling thread on Ctrl-C, until closed. */
    StopOnCtrlC() {
        Thread running = Thread.currentThread();
        hook = new Thread(() -> {
            running.interrupt();
            try {
                stopped.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "argmap-stop");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The command has stopped: Ctrl-C need not wait any more, and no longer interrupts it. */
    @Override
    public void close() {
        stopped.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down (Ctrl-C): the hook is running
        }
    }
}
