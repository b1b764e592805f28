package org.argmap.cli;

/** The exit statuses of every argmap command. */
public final class ExitStatus {

    /** No errors (warnings allowed unless strict). */
    public static final int CLEAN = 0;
    /** The maps have errors (or, with {@code --strict}, warnings). */
    public static final int FINDINGS = 1;
    /** The command itself could not run: bad usage, unreadable path, no Graphviz engine. */
    public static final int CANNOT_RUN = 2;

    private ExitStatus() {
    }

    /** {@link #FINDINGS} when the maps' findings fail the run, else {@link #CLEAN}. */
    public static int of(boolean findingsFail) {
        return findingsFail ? FINDINGS : CLEAN;
    }
}
