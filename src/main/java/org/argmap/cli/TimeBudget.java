package org.argmap.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.load.LoadResult;
import org.argmap.model.Deadline;
import org.argmap.model.Location;
import org.argmap.report.TextReporter;

/**
 * The time each map may take ({@code --time-budget}): checking a map (loading, the rules and,
 * for the commands that show it, its evaluation) gets the budget, and drawing it gets the budget
 * again. A map that runs out gets a {@value #RULE} error at its first line; the other maps are
 * still checked and drawn.
 */
final class TimeBudget {

    /** The id of the finding; not a check rule. */
    static final String RULE = "time-budget";
    static final long DEFAULT_SECONDS = 60;

    private final Duration budget;
    private final LongSupplier nanoClock;

    TimeBudget(Duration budget, LongSupplier nanoClock) {
        this.budget = budget;
        this.nanoClock = nanoClock;
    }

    /** The command line's budget on the system's clock. */
    static TimeBudget of(CheckOptions options) {
        if (options.timeBudget < 0) {
            throw new CommandFailure("--time-budget " + options.timeBudget + " is negative",
                    "give the seconds each map may take, or 0 for no limit");
        }
        return new TimeBudget(Duration.ofSeconds(options.timeBudget), System::nanoTime);
    }

    /** A deadline for one map's work, starting now. */
    Deadline start() {
        return Deadline.after(budget, nanoClock);
    }

    /** Prints the error for a map whose drawing ran out of time, as {@code check} prints findings. */
    static void print(PrintWriter out, LoadResult map, String work, Deadline.Exceeded e) {
        out.print(new TextReporter(Map.of(map.file(), map.content())).format(List.of(exceeded(map.file(), work, e))));
    }

    /** The error for a map whose {@code work} ("checking", "drawing") ran out of time. */
    static Diagnostic exceeded(String file, String work, Deadline.Exceeded e) {
        return new Diagnostic(RULE, Severity.ERROR, Location.at(file, 1, 1),
                work + " this map took longer than its time budget of " + e.budget().toSeconds() + " s and was stopped",
                Optional.of("--time-budget SECONDS gives each map more time (0: no limit)"));
    }
}
