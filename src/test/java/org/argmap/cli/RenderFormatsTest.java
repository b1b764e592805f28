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

    private static Exporter format(String word) {
        return new RenderFormats().convert(word);
    }

    @Test
    void repeatedFormatsAreKeptOnceInTheOrderFirstNamed() {
        assertEquals(List.of("png", "svg", "html"),
                names(RenderFormats.chosen(List.of(format("png"), format("svg"), format("HTML"), format(" png ")))));
    }

    @Test
    void noValueIsTheDefaultFormat() {
        assertEquals(List.of("svg"), names(RenderFormats.chosen(null)));
        assertEquals(List.of("svg"), names(RenderFormats.chosen(List.of())));
    }

    @Test
    void unknownFormatIsRefusedAsEveryOptionWordIsWithADidYouMean() {
        CommandFailure e = assertThrows(CommandFailure.class, () -> format("htm"));
        assertEquals("unknown format 'htm'; did you mean 'html'?", e.getMessage());
    }

    @Test
    void formatFarFromAnyNameGetsTheListOfNames() {
        CommandFailure e = assertThrows(CommandFailure.class, () -> format("spreadsheet"));
        assertEquals(Optional.of("formats: " + String.join(", ", Exporters.names())), e.hint());
    }

    @Test
    void anUnknownFormatAmongCommasStopsTheCommandWithStatusTwoBeforeAnyMapIsRead() {
        CliRun run = CliRun.of("render", "-f", "svg,pgn", "no-such-map.yaml");
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("argmap: unknown format 'pgn'; did you mean 'png'?", run.err().strip(), run::all);
    }

    @Test
    void anEmptyFormatBetweenCommasIsUnknown() {
        CliRun run = CliRun.of("render", "-f", "svg,,png", "no-such-map.yaml");
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals(true, run.err().contains("unknown format ''"), run::all);
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
        assertEquals(true, help.contains("comma-separated or repeated: " + String.join(", ", Exporters.names())
                + " (default: svg)."), help);
    }
}
