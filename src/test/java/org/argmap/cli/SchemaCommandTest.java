package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.load.MapSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCommandTest {

    @TempDir
    Path dir;

    private List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void withoutOptionsPrintsTheSchemaExactlyAsShipped() throws IOException {
        CliRun run = CliRun.of("schema");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(MapSchema.text(), run.out());
        assertEquals("", run.err());
        JsonNode printed = new ObjectMapper().readTree(run.out());
        assertEquals(MapSchema.ID, printed.path("$id").asText());
    }

    @Test
    void outputOptionWritesTheSchemaToTheFileAndSaysSo() throws IOException {
        Path target = dir.resolve("editor/" + MapSchema.FILE_NAME);
        CliRun run = CliRun.of("schema", "-o", target.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertArrayEquals(MapSchema.bytes(), Files.readAllBytes(target));
        assertEquals("wrote " + target + System.lineSeparator(), run.out());
        assertEquals(List.of(MapSchema.FILE_NAME), filesIn(target.getParent()), "no temporary file is left behind");
    }

    @Test
    void outputOptionReplacesAnOlderCopy() throws IOException {
        Path target = dir.resolve("schema.json");
        Files.writeString(target, "{\"old\": true}");
        CliRun run = CliRun.of("schema", "--output", target.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertArrayEquals(MapSchema.bytes(), Files.readAllBytes(target));
    }

    @Test
    void folderAsOutputCannotRunAndLeavesTheFolderAlone() throws IOException {
        CliRun run = CliRun.of("schema", "-o", dir.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains(dir + " is a folder"), run::all);
        assertTrue(run.err().contains(dir.resolve(MapSchema.FILE_NAME).toString()), "the hint names a file to write");
        assertTrue(Files.isDirectory(dir));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void outputBelowAFileSaysTheFileIsNotAFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "kept");
        CliRun run = CliRun.of("schema", "-o", file.resolve("schema.json").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().startsWith("argmap: cannot write " + file.resolve("schema.json") + ": " + file
                + " is a file, not a folder\n"), run::all);
        assertTrue(!run.err().contains("Exception"), run::all);
        assertEquals("kept", Files.readString(file));
    }

    @Test
    void unwritablePlaceCannotRun() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        CliRun run = CliRun.of("schema", "-o", blocker.resolve("schema.json").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("cannot write"), run::all);
        assertFalse(run.err().contains("Exception"), run::all);
    }

    @Test
    void rootHelpListsTheSchemaCommand() {
        CliRun run = CliRun.of("--help");
        assertTrue(run.out().lines().anyMatch(line -> line.strip().startsWith("schema")), run::all);
    }
}
