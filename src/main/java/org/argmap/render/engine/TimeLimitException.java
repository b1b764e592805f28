package org.argmap.render.engine;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/** Graphviz was stopped because it took longer than the time limit it was given. */
public final class TimeLimitException extends RenderException {

    private final Duration limit;

    /** @param engine who was drawing, as in "Graphviz (embedded)" */
    TimeLimitException(String engine, Duration limit) {
        super(engine + " did not finish within " + readable(limit) + " and was stopped");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    /** The time the drawing was given. */
    public Duration limit() {
        return limit;
    }

    /** "60 s", "0.3 s": in seconds, as {@code --time-budget} takes it. */
    private static String readable(Duration duration) {
        return BigDecimal.valueOf(duration.toNanos(), 9).stripTrailingZeros().toPlainString() + " s";
    }
}
