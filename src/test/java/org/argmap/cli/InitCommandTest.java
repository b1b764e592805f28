package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.load.MapSchema;
import org.argmap.load.MapTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap init} through the real command line. */
class InitCommandTest {

    @TempDir
    Path dir;

    @Test
    void theNewMapPassesCheckAsItIsWithNoWarnings() {
        Path map = dir.resolve("essay.yaml");
        CliRun init = CliRun.of("init", map.toString());
        assertEquals(ExitStatus.CLEAN, init.status(), init::all);
        assertEquals("wrote " + map + "\n"
                + "wrote " + dir.resolve(MapSchema.FILE_NAME) + " (the schema its first line names, for your editor)\n"
                + "next: edit " + map + ", then: argmap check " + map + "\n", init.out());

        CliRun check = CliRun.of("check", "--strict", map.toString());
        assertEquals(ExitStatus.CLEAN, check.status(), check::all);
        // the one note is the argument's critical questions, which the map's comments tell the reader to ask
        assertTrue(check.out().endsWith("1 map checked: 0 errors, 0 warnings, 1 note\n"), check::all);
        assertTrue(check.out().contains("info[open-questions]"), check::all);
    }

    @Test
    void theSchemaBesideItIsTheOneArgmapShips() throws IOException {
        Path map = dir.resolve("map.yaml");
        assertEquals(ExitStatus.CLEAN, CliRun.of("init", map.toString()).status());
        assertArrayEquals(MapSchema.bytes(), Files.readAllBytes(dir.resolve(MapSchema.FILE_NAME)));
        assertEquals(MapTemplate.text(), Files.readString(map));
    }

    @Test
    void anExistingMapIsNeverWrittenOver() throws IOException {
        Path map = Files.writeString(dir.resolve("map.yaml"), "my own work\n");
        CliRun run = CliRun.of("init", map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("argmap: " + map + " already exists; argmap init never writes over a file\n"
                + "  hint: name a new file, e.g. argmap init " + dir.resolve("new-map.yaml") + "\n", run.err());
        assertEquals("", run.out());
        assertEquals("my own work\n", Files.readString(map));
        assertFalse(Files.exists(dir.resolve(MapSchema.FILE_NAME)), "a refused init writes nothing at all");
    }

    @Test
    void aSchemaFileThatIsThereIsKept() throws IOException {
        Path schema = Files.writeString(dir.resolve(MapSchema.FILE_NAME), "{}\n");
        Path map = dir.resolve("second.yaml");
        CliRun run = CliRun.of("init", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("kept " + schema + ", which was there already\n"), run::all);
        assertEquals("{}\n", Files.readString(schema));
    }

    @Test
    void aFolderOrAMissingFolderIsRefused() {
        CliRun folder = CliRun.of("init", dir.toString());
        assertEquals(ExitStatus.CANNOT_RUN, folder.status(), folder::all);
        assertTrue(folder.err().contains(dir + " is a folder; argmap init writes a map file"), folder::all);
        assertTrue(folder.err().contains("hint: name the file, e.g. argmap init " + dir.resolve("map.yaml")), folder::all);

        Path missing = dir.resolve("no-such-folder").resolve("map.yaml");
        CliRun run = CliRun.of("init", missing.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("the folder " + missing.getParent() + " does not exist"), run::all);
    }

    /** With no FILE, init writes map.yaml in the folder it runs in (a child JVM, to run in a folder of its own). */
    @Test
    void withoutAFileItWritesMapYamlHere() throws IOException, InterruptedException {
        List<CliRun> runs = ChildJvmRuns.run(dir, List.of(), List.of(List.of("init"), List.of("init")));
        assertEquals(ExitStatus.CLEAN, runs.get(0).status(), runs.get(0)::all);
        assertEquals(MapTemplate.text(), Files.readString(dir.resolve(MapTemplate.DEFAULT_FILE_NAME)));
        assertTrue(runs.get(0).out().startsWith("wrote map.yaml\nwrote argmap-map.schema.json"), runs.get(0)::all);
        assertEquals(ExitStatus.CANNOT_RUN, runs.get(1).status(), runs.get(1)::all);
        assertTrue(runs.get(1).err().contains("map.yaml already exists"), runs.get(1)::all);
    }
}
