package org.argmap.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SeverityTest {

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"error, ERROR", "warning, WARNING", "info, INFO", "' Warning ', WARNING", "ERROR, ERROR"})
    void levelWordsNameTheirSeverityInAnyCase(String word, Severity severity) {
        assertEquals(Optional.of(severity), Severity.ofLevel(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "OFF", " off "})
    void offIsNoSeverity(String word) {
        assertEquals(Optional.empty(), Severity.ofLevel(word));
    }

    @ParameterizedTest
    @ValueSource(strings = {"warn", "", "fatal", "no"})
    void otherWordsAreRefusedNamingTheAcceptedOnes(String word) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Severity.ofLevel(word));
        assertTrue(refused.getMessage().contains("off, info, warning, error"), refused.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"off", "info", "warning", "error"})
    void everyLevelWordIsRead(String word) {
        assertTrue(Severity.LEVEL_WORDS.contains(word));
        Severity.ofLevel(word);
    }
}
