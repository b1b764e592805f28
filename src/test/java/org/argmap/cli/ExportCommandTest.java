package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    static final String ESSAY = "maps/st-petersburg-bombing.yaml";

    @TempDir
    Path dir;

    @Test
    void printsTheMapInTheFormatAskedFor() {
        CliRun run = CliRun.of("export", "--to", "json", ESSAY);
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("{\n  \"argmapJson\": 1,"), run.out());
        CliRun mermaid = CliRun.of("export", "--to", "MERMAID", ESSAY);
        assertEquals(0, mermaid.status(), mermaid.err());
        assertTrue(mermaid.out().contains("flowchart RL\n"));
    }

    @Test
    void writesTheFileInPlaceAndSaysSo() throws IOException {
        Path target = dir.resolve("essay.json");
        CliRun run = CliRun.of("export", "--to", "json", "-o", target.toString(), ESSAY);
        assertEquals(0, run.status(), run.err());
        assertEquals("wrote " + target + "\n", run.out());
        assertEquals(CliRun.of("export", "--to", "json", ESSAY).out(), Files.readString(target, StandardCharsets.UTF_8));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary file is left beside the output");
        }
    }

    @Test
    void aMapWithErrorsIsNotExportedAndTheOldFileStays() throws IOException {
        Path map = dir.resolve("broken.yaml");
        Files.writeString(map, "argmap: 1\nstatements:\n  a:\n    text: A.\n    supports: nowhere\n");
        Path target = dir.resolve("out.mmd");
        Files.writeString(target, "earlier");
        CliRun run = CliRun.of("export", "--to", "mermaid", "-o", target.toString(), map.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("not exported: " + map + " has errors"), run.err());
        assertEquals("earlier", Files.readString(target));
        assertEquals("", run.out());
    }

    @Test
    void usageErrorsStopWithStatusTwo() {
        CliRun unknown = CliRun.of("export", "--to", "mermiad", ESSAY);
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown format 'mermiad'; did you mean 'mermaid'?"), unknown.err());
        CliRun drawing = CliRun.of("export", "--to", "svg", ESSAY);
        assertEquals(2, drawing.status());
        assertTrue(drawing.err().contains("unknown format 'svg'"), drawing.err());
        CliRun noFormat = CliRun.of("export", ESSAY);
        assertEquals(2, noFormat.status());
        assertTrue(noFormat.err().contains("--to"), noFormat.err());
        CliRun missing = CliRun.of("export", "--to", "json", "no-such-map.yaml");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
        CliRun folder = CliRun.of("export", "--to", "json", "-o", dir.toString(), ESSAY);
        assertEquals(2, folder.status());
        assertTrue(folder.err().contains("is a folder"), folder.err());
        assertFalse(folder.err().contains("Exception"), folder.err());
    }

    @Test
    void helpListsTheFormatsOfTheRegistry() {
        CliRun help = CliRun.of("export", "--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("json") && help.out().contains("mermaid") && help.out().contains("dot"), help.out());
    }
}
