package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.fixtures.SchemeMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Strictness and settings files, through the command line, for both commands that check maps. */
class StrictnessAndSettingsTest {

    /** A map whose only finding is a warning (an unused perspective). */
    static final String WARNS = CheckCommandTest.VALID.replace("statements:",
            "perspectives:\n  unused: {label: Unused}\nstatements:");

    @TempDir
    Path dir;

    /** A repository root: the settings walk stops here. */
    Path repo;

    @BeforeEach
    void makeRepository() throws IOException {
        repo = SchemeMaps.repository(dir);
    }

    private Path write(String name, String content) throws IOException {
        return SchemeMaps.write(repo, name, content);
    }

    @Test
    void warningsPassWithoutStrict() throws IOException {
        CliRun run = CliRun.of("check", write("w.yaml", WARNS).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("1 map checked: 0 errors, 1 warning\n"), run::all);
    }

    @Test
    void strictMakesWarningsFailAndTheSummarySaysSo() throws IOException {
        CliRun run = CliRun.of("check", "--strict", write("w.yaml", WARNS).toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("1 map checked: 0 errors, 1 warning (strict: warnings fail)"), run::all);
    }

    @Test
    void strictPassesAMapWithoutWarnings() throws IOException {
        Path map = write("c.yaml", CheckCommandTest.VALID
                + "  shared-enemy:\n    text: A shared enemy.\n    attacks: separate-fights\n");
        CliRun run = CliRun.of("check", "--strict", "--rule", "unanswered-counterpoint=info", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("info[unanswered-counterpoint]"), run::all);
        assertFalse(run.out().contains("strict"), run::all);
    }

    @Test
    void strictNotesThatWarningsFailAlongsideErrors() throws IOException {
        Path map = write("e.yaml", WARNS.replace("supports: separate-fights", "supports: nowhere"));
        CliRun run = CliRun.of("check", "--strict", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("(strict: warnings fail)"), run::all);
    }

    @Test
    void settingsFileAtTheRepositoryRootSetsRuleLevels() throws IOException {
        write("argmap.yaml", "rules:\n  unused-perspective: error\n");
        CliRun run = CliRun.of("check", write("maps/w.yaml", WARNS).toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[unused-perspective]"), run::all);
    }

    @Test
    void settingsFileTurnsStrictOnAndNoStrictTurnsItOff() throws IOException {
        write("argmap.yaml", "strict: true\n");
        Path map = write("maps/w.yaml", WARNS);
        CliRun strict = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, strict.status(), strict::all);
        assertTrue(strict.out().contains("(strict: warnings fail)"), strict::all);
        CliRun overridden = CliRun.of("check", "--no-strict", map.toString());
        assertEquals(ExitStatus.CLEAN, overridden.status(), overridden::all);
    }

    @Test
    void ruleOptionOverridesTheSettingsFile() throws IOException {
        write("argmap.yaml", "rules:\n  unused-perspective: error\n");
        Path map = write("maps/w.yaml", WARNS);
        CliRun run = CliRun.of("check", "--rule", "unused-perspective=off", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("1 map checked: no problems"), run::all);
    }

    @Test
    void settingsFileAboveTheRepositoryIsNotUsed() throws IOException {
        Files.writeString(dir.resolve("argmap.yaml"), "strict: true\n");
        CliRun run = CliRun.of("check", write("maps/w.yaml", WARNS).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
    }

    @Test
    void mapsInDifferentFoldersUseTheirNearestSettings() throws IOException {
        write("argmap.yaml", "rules:\n  unused-perspective: info\n");
        write("strict-maps/argmap.yaml", "rules:\n  unused-perspective: error\n");
        Path relaxed = write("maps/a.yaml", WARNS);
        Path raised = write("strict-maps/b.yaml", WARNS);
        CliRun run = CliRun.of("check", repo.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("2 maps checked: 1 error, 0 warnings, 1 note"), run::all);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(relaxed + ":") && l.contains("info[unused-perspective]")),
                run::all);
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith(raised + ":") && l.contains("error[unused-perspective]")),
                run::all);
    }

    @Test
    void brokenSettingsFileStopsTheRunWithPositionedFindingsAndExitTwo() throws IOException {
        Path settings = write("argmap.yaml", "strict: true\nrules:\n  disconected: error\n");
        CliRun run = CliRun.of("check", write("maps/w.yaml", WARNS).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().startsWith(settings + ":3:3: error[schema]: unknown rule 'disconected'\n"), run::all);
        assertTrue(run.err().contains("""
                    3 |   disconected: error
                      |   ^^^^^^^^^^^ did you mean 'disconnected'?
                """), run::all);
        assertTrue(run.err().contains("argmap: the settings file " + settings + " has 1 problem; no map was checked"),
                run::all);
        assertEquals("", run.out(), "no map was checked, so there is no tally");
    }

    @Test
    void brokenSettingsFileStopsRenderBeforeAnythingIsDrawn() throws IOException {
        write("argmap.yaml", "strcit: true\n");
        Path out = repo.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), write("w.yaml", WARNS).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("did you mean 'strict'?"), run::all);
        assertFalse(Files.exists(out.resolve("w.svg")), run::all);
    }

    @Test
    void settingsFileInTheCheckedDirectoryIsNotCheckedAsAMap() throws IOException {
        write("argmap.yaml", "strict: false\n");
        write("maps/ok.yaml", CheckCommandTest.VALID);
        CliRun run = CliRun.of("check", repo.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("1 map checked: no problems"), run::all);
    }

    @Test
    void strictRenderStillDrawsAMapWithOnlyWarningsButExitsOne() throws IOException {
        Path out = repo.resolve("out");
        CliRun run = CliRun.of("render", "--strict", "--engine", "embedded", "-o", out.toString(),
                write("w.yaml", WARNS).toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(Files.exists(out.resolve("w.svg")), run::all);
        assertTrue(run.out().contains("(strict: warnings fail)"), run::all);
    }

    @Test
    void settingsExampleInTheDocumentationIsValid() throws IOException {
        Matcher block = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("docs/configuration.md")));
        assertTrue(block.find(), "docs/configuration.md has a ```yaml block");
        write("argmap.yaml", block.group(1));
        CliRun run = CliRun.of("check", write("maps/w.yaml", WARNS).toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("(strict: warnings fail)"), run::all);
    }

    @Test
    void helpListsStrictAndItsNegation() {
        CliRun run = CliRun.of("check", "--help");
        assertTrue(run.out().contains("--[no-]strict"), run::all);
    }
}
