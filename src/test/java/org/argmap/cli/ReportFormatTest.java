package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void cliNamesAreTheLowerCaseConstantNames() {
        assertEquals(List.of("text", "json", "sarif", "github"), ReportFormat.cliNames());
    }

    @Test
    void parsingIgnoresCaseAndSurroundingBlanks() {
        assertEquals(ReportFormat.SARIF, ReportFormat.fromCliName(" Sarif "));
        assertEquals(ReportFormat.GITHUB, ReportFormat.fromCliName("github"));
    }

    @Test
    void unknownNameIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ReportFormat.fromCliName("xml"));
        assertEquals("unknown format 'xml'", e.getMessage());
    }
}
