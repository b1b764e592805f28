package org.argmap.pipeline;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Deadline;
import org.argmap.model.Location;

/**
 * The error a map gets when its checking runs out of its time budget: at its first line, in place
 * of the rules' findings, while the other maps are still checked.
 */
public final class TimeBudgetFinding {

    /** The id of the finding; not a check rule. */
    public static final String RULE = RuleIds.TIME_BUDGET;

    private TimeBudgetFinding() {
    }

    /** The error for a map whose {@code work} ("checking", "drawing") ran out of time. */
    public static Diagnostic of(String file, String work, Deadline.Exceeded e) {
        return new Diagnostic(RULE, Severity.ERROR, Location.at(file, 1, 1),
                work + " this map took longer than its time budget of " + seconds(e.budget()) + " and was stopped",
                Optional.of("--time-budget SECONDS gives each map more time (0: no limit)"));
    }

    /** A duration as the option takes it: "60 s", "0.5 s". */
    public static String seconds(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
    }
}
