package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineTest {

    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void passesOnlyAfterItsBudgetOnTheGivenClock() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(60), now::get);
        now.addAndGet(Duration.ofSeconds(60).toNanos());
        assertFalse(deadline.passed(), "at the deadline itself there is still time");
        deadline.check();
        now.incrementAndGet();
        assertTrue(deadline.passed());
        Deadline.Exceeded exceeded = assertThrows(Deadline.Exceeded.class, deadline::check);
        assertEquals(Duration.ofSeconds(60), exceeded.budget());
    }

    @Test
    void aZeroBudgetIsNoDeadlineAndNoneNeverPasses() {
        assertSame(Deadline.NONE, Deadline.after(Duration.ZERO, now::get));
        now.set(Long.MAX_VALUE);
        assertFalse(Deadline.NONE.passed());
        Deadline.NONE.check();
    }

    @Test
    void aClockThatWrapsAroundStillCounts() {
        now.set(Long.MAX_VALUE - 10);
        Deadline deadline = Deadline.after(Duration.ofNanos(100), now::get);
        now.addAndGet(50); // past Long.MAX_VALUE: nanoTime values are compared by difference
        assertFalse(deadline.passed());
        now.addAndGet(60);
        assertTrue(deadline.passed());
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Deadline.after(Duration.ofSeconds(-1), now::get));
    }

    @Test
    void theTimeLeftShrinksWithTheClockAndIsNeverLessThanANanosecond() {
        Deadline deadline = Deadline.after(Duration.ofSeconds(2), now::get);
        assertEquals(Duration.ofSeconds(2), deadline.remaining().orElseThrow());
        now.addAndGet(Duration.ofMillis(1500).toNanos());
        assertEquals(Duration.ofMillis(500), deadline.remaining().orElseThrow());
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertEquals(Duration.ofNanos(1), deadline.remaining().orElseThrow(), "a limit of zero would mean none");
        assertTrue(Deadline.NONE.remaining().isEmpty());
    }
}
