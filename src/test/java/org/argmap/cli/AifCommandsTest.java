package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AIF through the commands a user runs: {@code export --to aif} writes what the AIF writer writes,
 * and {@code import} recognises AIF in a plain {@code .json} file (not argmap's own JSON), writes a
 * map that the real loader and checker accept, and round-trips the essay map's ids.
 */
class AifCommandsTest {

    private static final Path CORPUS_FILE = Path.of("../shared/corpora/aif-araucaria/nodeset100.json");

    @TempDir
    Path dir;

    @Test
    void essayGoesOutAsAifAndComesBackWithItsStatements() throws IOException {
        Path aif = dir.resolve("essay.json");
        CliRun export = CliRun.of("export", "--to", "aif", "-o", aif.toString(), ExportCommandTest.ESSAY);
        assertEquals(ExitStatus.CLEAN, export.status(), export::all);
        assertTrue(Files.readString(aif).contains("\"nodes\""), "AIF JSON");

        Path back = dir.resolve("back.yaml");
        CliRun imported = CliRun.of("import", "-o", back.toString(), aif.toString());
        assertEquals(ExitStatus.CLEAN, imported.status(), imported::all);
        assertTrue(imported.err().contains("import: thesis: separate-fights"), imported::all);
        String yaml = Files.readString(back);
        assertTrue(yaml.contains("  separate-fights:\n    kind: thesis\n"), yaml);
        assertTrue(yaml.contains("  revenge-calls-for-ties:\n"), yaml);
        CliRun check = CliRun.of("check", back.toString());
        assertEquals(ExitStatus.CLEAN, check.status(), check::all);
    }

    @Test
    void corpusFileIsRecognisedAsAifAndImportsToAMapThatChecks() {
        assumeTrue(Files.isRegularFile(CORPUS_FILE), "the AraucariaDB corpus is not beside the project; skipped");
        Path out = dir.resolve("n100.yaml");
        CliRun run = CliRun.of("import", "-o", out.toString(), CORPUS_FILE.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        CliRun check = CliRun.of("check", out.toString());
        assertEquals(ExitStatus.CLEAN, check.status(), check::all);
    }
}
