package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatNamesTest {

    @Test
    void namesAreTheConstantsInLowerCaseInOrder() {
        assertEquals(List.of("text", "json", "sarif", "github"), FormatNames.all(ReportFormat.class));
        assertEquals("sarif", FormatNames.of(ReportFormat.SARIF));
    }

    @Test
    void parsingIgnoresCaseAndPadding() {
        assertEquals(ReportFormat.GITHUB, FormatNames.parse(ReportFormat.class, " GitHub "));
    }

    @Test
    void unknownNameIsRefusedWithoutItsPadding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FormatNames.parse(ReportFormat.class, " yaml "));
        assertEquals("unknown format 'yaml'", e.getMessage());
    }

    @Test
    void optionValueThatIsCloseGetsADidYouMean() {
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> FormatNames.parseOption(EvaluationFormat.class, "jsno"));
        assertEquals("unknown format 'jsno'", failure.getMessage());
        assertEquals(Optional.of("did you mean 'json'?"), failure.hint());
    }

    @Test
    void optionValueFarFromAnyNameListsThemAll() {
        CommandFailure failure = assertThrows(CommandFailure.class,
                () -> FormatNames.parseOption(EvaluationFormat.class, "spreadsheet"));
        assertEquals(Optional.of("formats: text, json"), failure.hint());
    }
}
