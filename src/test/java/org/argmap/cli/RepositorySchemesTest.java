package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.fixtures.SchemeMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A repository's own schemes in argmap.yaml reach the check end to end: a map may name them like a
 * built-in scheme and gets their questions; a scheme that takes a built-in id, or is malformed,
 * stops the run with exit status 2 before any map is checked.
 */
class RepositorySchemesTest {

    static final String SETTINGS = SchemeMaps.MOTIVE_SETTINGS;

    static final String MAP = SchemeMaps.MOTIVE_MAP;

    @TempDir
    Path dir;

    Path repo;

    @BeforeEach
    void makeRepository() throws IOException {
        repo = SchemeMaps.repository(dir);
    }

    Path write(String name, String content) throws IOException {
        return SchemeMaps.write(repo, name, content);
    }

    @Test
    void aMapNamesTheRepositorysSchemeAndGetsItsQuestions() throws IOException {
        write("argmap.yaml", SETTINGS);
        CliRun run = CliRun.of("check", write("maps/m.yaml", MAP).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains("unknown-scheme"), run::all);
        assertFalse(run.all().contains("unknown-question"), run::all);
        assertTrue(run.all().contains("info[open-questions]: argument 'from-motive' (Argument from motive and opportunity)"
                + " leaves 1 of 2 critical questions open: evidence"), run::all);
    }

    @Test
    void withoutTheSettingsTheSchemeIsFreeTextAndItsQuestionIsReported() throws IOException {
        CliRun run = CliRun.of("check", write("maps/m.yaml", MAP).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), "a warning does not fail without --strict\n" + run.all());
        assertTrue(run.all().contains("info[unknown-scheme]: argument 'from-motive' names the scheme 'motive'"), run::all);
        assertTrue(run.all().contains("warning[unknown-question]: statement 'rivals' names the critical question 'others-too'"),
                run::all);
    }

    @Test
    void aSchemeWithABuiltInIdStopsTheRunWithExitTwo() throws IOException {
        Path settings = write("argmap.yaml", SETTINGS.replace("id: motive", "id: sign"));
        CliRun run = CliRun.of("check", write("maps/m.yaml", MAP).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().startsWith(settings + ":2:9: error[schema]: scheme 'sign' is already a built-in scheme"
                + " (Argument from sign)\n"), run::all);
        assertTrue(run.err().contains("give the repository's scheme an id of its own"), run::all);
        assertTrue(run.err().contains("has 1 problem; no map was checked"), run::all);
    }

    @Test
    void aMalformedSchemeStopsRenderBeforeAnythingIsDrawn() throws IOException {
        write("argmap.yaml", SETTINGS.replace("    conclusion: X did A.\n", ""));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), write("maps/m.yaml", MAP).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("error[schema]: scheme 'motive' has no 'conclusion'"), run::all);
        assertFalse(Files.exists(out), "nothing is drawn");
    }

    @Test
    void theDiagramAndThePageNameTheRepositorysSchemeAndListItsQuestions() throws IOException {
        write("argmap.yaml", SETTINGS);
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "-f", "dot,html", "-o", out.toString(), write("maps/m.yaml", MAP).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        String dot = Files.readString(out.resolve("m.dot"), StandardCharsets.UTF_8);
        assertTrue(dot.contains("Argument from motive") && dot.contains("Critical questions: 1 of 2 open"), dot);
        String html = Files.readString(out.resolve("m.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("<p>Critical questions (1 of 2 open):</p>"), html);
        assertTrue(html.contains("Did others have the same motive and opportunity? <span class=\"status\">raised by"), html);
    }
}
