package org.argmap.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * When work on one map has to stop: the stages that can take long (the rules, evaluation rounds,
 * drawing) look at it between steps and stop with {@link Exceeded} once it has passed, so one
 * enormous or hostile map cannot hold up a CI job. The clock is given, so tests can move time on
 * without waiting.
 */
public final class Deadline {

    /** No deadline: work runs to its end. */
    public static final Deadline NONE = new Deadline(null, 0, Duration.ZERO);

    private final LongSupplier nanoClock;
    private final long endNanos;
    private final Duration budget;

    private Deadline(LongSupplier nanoClock, long endNanos, Duration budget) {
        this.nanoClock = nanoClock;
        this.endNanos = endNanos;
        this.budget = budget;
    }

    /**
     * The deadline {@code budget} after now on {@code nanoClock} (nanoseconds, as
     * {@link System#nanoTime()}); {@link #NONE} when the budget is zero.
     */
    public static Deadline after(Duration budget, LongSupplier nanoClock) {
        Objects.requireNonNull(nanoClock, "nanoClock");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a time budget cannot be negative: " + budget);
        }
        return budget.isZero() ? NONE : new Deadline(nanoClock, nanoClock.getAsLong() + budget.toNanos(), budget);
    }

    /** Whether the deadline has passed. */
    public boolean passed() {
        return nanoClock != null && nanoClock.getAsLong() - endNanos > 0;
    }

    /** @throws Exceeded if the deadline has passed */
    public void check() {
        if (passed()) {
            throw new Exceeded(budget);
        }
    }

    /**
     * The time left, for work that is stopped from outside when it is up (a Graphviz engine):
     * at least a nanosecond, even once the deadline has passed; empty for {@link #NONE}.
     */
    public Optional<Duration> remaining() {
        if (nanoClock == null) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos(Math.max(1, endNanos - nanoClock.getAsLong())));
    }

    /** The time this deadline allowed; zero for {@link #NONE}. */
    public Duration budget() {
        return budget;
    }

    /** Thrown by {@link #check()} once the deadline has passed: the work on the map is abandoned. */
    public static final class Exceeded extends RuntimeException {

        private final Duration budget;

        Exceeded(Duration budget) {
            super("the time budget of " + budget + " ran out", null, false, false);
            this.budget = budget;
        }

        /** The time the work was given. */
        public Duration budget() {
            return budget;
        }
    }
}
