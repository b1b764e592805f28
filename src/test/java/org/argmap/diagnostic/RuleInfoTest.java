package org.argmap.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuleInfoTest {

    @Test
    void keepsWhatItIsGiven() {
        RuleInfo info = new RuleInfo("thesis-count", Severity.ERROR, true, "one thesis", "Mark one.");
        assertEquals("thesis-count", info.id());
        assertEquals(Severity.ERROR, info.defaultSeverity());
        assertEquals("Mark one.", info.help());
    }

    @Test
    void blankOrMissingPartsAreRefused() {
        assertThrows(NullPointerException.class, () -> new RuleInfo("x", null, true, "s", "h"));
        assertThrows(NullPointerException.class, () -> new RuleInfo("x", Severity.INFO, true, "s", null));
        assertThrows(IllegalArgumentException.class, () -> new RuleInfo(" ", Severity.INFO, true, "s", "h"));
        assertThrows(IllegalArgumentException.class, () -> new RuleInfo("x", Severity.INFO, true, "s", ""));
    }

    @Test
    void summaryOnSeveralLinesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RuleInfo("x", Severity.INFO, true, "one\ntwo", "h"));
    }
}
