package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.argmap.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RuleSettingsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"error, ERROR", "Warning, WARNING", " info , INFO"})
    void levelWordGivesItsSeverity(String word, Severity severity) {
        assertEquals(Optional.of(severity), RuleSettings.parseLevel(word));
    }

    @Test
    void offGivesNoSeverity() {
        assertEquals(Optional.empty(), RuleSettings.parseLevel("off"));
    }

    @Test
    void unknownLevelWordIsRejectedNamingTheAcceptedOnes() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RuleSettings.parseLevel("fatal"));
        assertTrue(error.getMessage().contains(RuleSettings.LEVEL_WORDS), error.getMessage());
    }

    @Test
    void ruleNotMentionedKeepsItsDefault() {
        Rule onByDefault = Rules.byId("disconnected").orElseThrow();
        Rule offByDefault = Rules.byId("unanswered-counterpoint").orElseThrow();
        assertEquals(Optional.of(Severity.WARNING), RuleSettings.DEFAULTS.severityOf(onByDefault));
        assertEquals(Optional.empty(), RuleSettings.DEFAULTS.severityOf(offByDefault));
    }

    @Test
    void withLeavesTheOriginalUnchanged() {
        RuleSettings changed = RuleSettings.DEFAULTS.with("disconnected", Optional.empty());
        assertEquals(Optional.empty(), changed.severityOf(Rules.byId("disconnected").orElseThrow()));
        assertTrue(RuleSettings.DEFAULTS.overrides().isEmpty());
    }
}
