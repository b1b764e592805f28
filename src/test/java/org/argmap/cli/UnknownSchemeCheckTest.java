package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheme catalogue reaches {@code argmap check} end to end: the pipeline hands the built-in
 * catalogue to the checker, so a free-text scheme in the essay map is reported by default, with
 * the catalogue id it spells as a hint; being info, it leaves the exit status clean.
 */
class UnknownSchemeCheckTest {

    private static final String ESSAY_MAP = "maps/st-petersburg-bombing.yaml";

    @Test
    void freeTextSchemesAreAdviceThatLeavesTheExitStatusClean(@TempDir Path dir) throws IOException {
        String essay = Files.readString(Path.of(ESSAY_MAP));
        Path map = dir.resolve("essay.yaml");
        Files.writeString(map, essay.replace("scheme: precedent", "scheme: argument from precedent"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.all().contains("info[unknown-scheme]: argument 'as-after-9-11' names the scheme "
                + "'argument from precedent', which is not in the catalogue"), run::all);
        assertTrue(run.all().contains("did you mean 'precedent' (Argument from precedent)?"), run::all);
    }

    @Test
    void catalogueSchemesAreNotReported() {
        CliRun run = CliRun.of("check", ESSAY_MAP);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains("unknown-scheme"), run::all);
    }

    @Test
    void theRuleCanBeTurnedOff(@TempDir Path dir) throws IOException {
        String essay = Files.readString(Path.of(ESSAY_MAP));
        Path map = dir.resolve("essay.yaml");
        Files.writeString(map, essay.replace("scheme: precedent", "scheme: argument from precedent"));
        CliRun run = CliRun.of("check", "--rule", "unknown-scheme=off", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains("unknown-scheme"), run::all);
    }
}
