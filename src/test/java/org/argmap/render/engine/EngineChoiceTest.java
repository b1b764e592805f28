package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EngineChoiceTest {

    @ParameterizedTest
    @EnumSource(EngineChoice.class)
    void cliNameParsesBackToTheSameChoiceInAnyCase(EngineChoice choice) {
        assertEquals(choice, EngineChoice.fromCliName(choice.cliName()));
        assertEquals(choice, EngineChoice.fromCliName(choice.cliName().toUpperCase()));
    }

    @Test
    void cliNamesAreTheSpellingsOfTheEngineOption() {
        assertEquals("auto", EngineChoice.AUTO.cliName());
        assertEquals("native", EngineChoice.NATIVE.cliName());
        assertEquals("embedded", EngineChoice.EMBEDDED.cliName());
    }

    @Test
    void unknownNameIsRejectedWithTheAcceptedValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> EngineChoice.fromCliName("graal"));
        assertTrue(e.getMessage().contains("'graal'"), e.getMessage());
        assertTrue(e.getMessage().contains("auto, native, embedded"), e.getMessage());
    }
}
