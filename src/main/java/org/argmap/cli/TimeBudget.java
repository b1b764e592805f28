package org.argmap.cli;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Deadline;
import org.argmap.model.Location;

/**
 * The time each map may take ({@code --time-budget}): checking a map (loading, the rules and,
 * for the commands that show it, its evaluation) gets the budget, and drawing it gets the budget
 * again.
 *
 * <p>A map that runs out of time for checking gets a {@value #RULE} error at its first line; the
 * other maps are still checked and drawn (exit 1). A drawing that runs out of time stops the
 * command (exit 2) before any file is written ({@link #drawingTooLong}): the Graphviz engine is
 * stopped at the budget rather than between steps, and a map that cannot be drawn in time needs
 * the user to choose (more time, another engine, less of the map), not a finding.
 */
final class TimeBudget {

    /** The id of the finding; not a check rule. */
    static final String RULE = RuleIds.TIME_BUDGET;
    static final String DEFAULT_SECONDS = "60";
    /** About 31 years: more is surely a slip, and would not fit a nanosecond clock. */
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(1_000_000_000);

    private final Duration budget;
    private final LongSupplier nanoClock;

    TimeBudget(Duration budget, LongSupplier nanoClock) {
        this.budget = budget;
        this.nanoClock = nanoClock;
    }

    /** The command line's budget on the system's clock. */
    static TimeBudget of(CheckOptions options) {
        BigDecimal seconds = options.timeBudget;
        if (seconds.signum() < 0) {
            throw new CommandFailure("--time-budget " + seconds.toPlainString() + " is negative",
                    "give the seconds each map may take, or 0 for no limit");
        }
        if (seconds.compareTo(MAX_SECONDS) > 0) {
            throw new CommandFailure("--time-budget " + seconds.toPlainString() + " is more than "
                    + MAX_SECONDS.toPlainString() + " seconds", "0 means no limit");
        }
        // a budget below a nanosecond is still a budget, not 0 (none)
        long nanos = seconds.movePointRight(9).setScale(0, RoundingMode.CEILING).longValueExact();
        return new TimeBudget(Duration.ofNanos(nanos), System::nanoTime);
    }

    /** A deadline for one map's work, starting now. */
    Deadline start() {
        return Deadline.after(budget, nanoClock);
    }

    /** The time each map's checking, and each map's drawing, may take; zero for no limit. */
    Duration budget() {
        return budget;
    }

    /** The error for a map whose {@code work} ("checking", "drawing") ran out of time. */
    static Diagnostic exceeded(String file, String work, Deadline.Exceeded e) {
        return new Diagnostic(RULE, Severity.ERROR, Location.at(file, 1, 1),
                work + " this map took longer than its time budget of " + seconds(e.budget()) + " and was stopped",
                Optional.of("--time-budget SECONDS gives each map more time (0: no limit)"));
    }

    /**
     * What stops {@code render} when drawing {@code map} took longer than {@code budget}: which
     * map, the budget, and the ways to draw it anyway.
     *
     * @param wrote whether the command writes files ({@code render}) or only compares ({@code --check})
     */
    static CommandFailure drawingTooLong(Path map, Duration budget, boolean wrote) {
        return new CommandFailure("drawing " + map + " took longer than its time budget of " + seconds(budget)
                + " and was stopped" + (wrote ? "; nothing was written" : ""),
                "give it more time with --time-budget SECONDS (0: no limit), draw it with native Graphviz"
                        + " (--engine native), write only its DOT (-f dot), or draw part of it"
                        + " (--focus ID, --perspective ID)");
    }

    /** A duration as the option takes it: "60 s", "0.5 s". */
    static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
    }
}
