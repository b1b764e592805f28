package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void theOptionTakesTheLowerCaseConstantNamesInOrder() {
        List<String> offered = new ArrayList<>();
        new ReportFormat.Names().forEach(offered::add);
        assertEquals(List.of("text", "json", "sarif", "github"), offered);
        assertEquals("sarif", ReportFormat.SARIF.cliName());
    }

    @Test
    void readingIgnoresCaseAndSurroundingBlanks() {
        assertEquals(ReportFormat.SARIF, new ReportFormat.Names().convert(" Sarif "));
        assertEquals(ReportFormat.GITHUB, new ReportFormat.Names().convert("github"));
    }

    @Test
    void unknownNameIsRefusedWithTheFormatsListed() {
        CommandFailure e = assertThrows(CommandFailure.class, () -> new ReportFormat.Names().convert("xml"));
        assertEquals("unknown format 'xml'", e.getMessage());
        assertEquals("formats: text, json, sarif, github", e.hint().orElseThrow());
    }
}
