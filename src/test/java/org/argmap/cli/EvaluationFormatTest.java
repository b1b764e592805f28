package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationFormatTest {

    @Test
    void namesAreTextAndJson() {
        assertEquals(List.of("text", "json"), EvaluationFormat.cliNames());
    }

    @Test
    void parsingIgnoresCaseAndSurroundingSpace() {
        assertEquals(EvaluationFormat.JSON, EvaluationFormat.fromCliName(" JSON "));
        assertEquals(EvaluationFormat.TEXT, EvaluationFormat.fromCliName("Text"));
    }

    @Test
    void unknownNameIsRefusedNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvaluationFormat.fromCliName("sarif"));
        assertEquals("unknown format 'sarif'", e.getMessage());
    }
}
