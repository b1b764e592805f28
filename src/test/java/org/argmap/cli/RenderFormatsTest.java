package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.junit.jupiter.api.Test;

class RenderFormatsTest {

    private static List<String> names(List<Exporter> exporters) {
        return exporters.stream().map(Exporter::name).toList();
    }

    @Test
    void commaSeparatedAndRepeatedValuesGiveEachFormatOnceInTheOrderNamed() {
        assertEquals(List.of("png", "svg", "html"), names(RenderFormats.parse(List.of("png,svg", "HTML", " png "))));
    }

    @Test
    void noValueIsTheDefaultFormat() {
        assertEquals(List.of("svg"), names(RenderFormats.parse(null)));
        assertEquals(List.of("svg"), names(RenderFormats.parse(List.of())));
    }

    @Test
    void unknownFormatIsNamedWithADidYouMean() {
        CommandFailure e = assertThrows(CommandFailure.class, () -> RenderFormats.parse(List.of("svg,htm")));
        assertEquals("unknown format 'htm'", e.getMessage());
        assertEquals(Optional.of("did you mean 'html'?"), e.hint());
    }

    @Test
    void formatFarFromAnyNameGetsTheListOfNames() {
        CommandFailure e = assertThrows(CommandFailure.class, () -> RenderFormats.parse(List.of("spreadsheet")));
        assertEquals(Optional.of("formats: dot, html, pdf, png, svg"), e.hint());
    }

    @Test
    void emptyNameIsUnknown() {
        assertThrows(CommandFailure.class, () -> RenderFormats.parse(List.of("svg,")));
    }

    @Test
    void completionCandidatesAreTheRegistrysNames() {
        assertEquals(Exporters.names(), StreamSupport.stream(new RenderFormats().spliterator(), false).toList());
    }

    @Test
    void helpListsEveryFormatOfTheRegistry() {
        CliRun run = CliRun.of("render", "--help");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        String help = run.out().replaceAll("\\s+", " ");
        assertEquals(true, help.contains("comma-separated or repeated: dot, html, pdf, png, svg (default: svg)."), help);
    }
}
