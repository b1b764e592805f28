package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluationFormatTest {

    @Test
    void namesAreTextAndJson() {
        List<String> offered = new ArrayList<>();
        new EvaluationFormat.Names().forEach(offered::add);
        assertEquals(List.of("text", "json"), offered);
    }

    @Test
    void readingIgnoresCaseAndSurroundingSpace() {
        assertEquals(EvaluationFormat.JSON, new EvaluationFormat.Names().convert(" JSON "));
        assertEquals(EvaluationFormat.TEXT, new EvaluationFormat.Names().convert("Text"));
    }

    @Test
    void aReportFormatIsNotAnEvaluationFormat() {
        CommandFailure e = assertThrows(CommandFailure.class, () -> new EvaluationFormat.Names().convert("sarif"));
        assertEquals("unknown format 'sarif'", e.getMessage());
    }
}
