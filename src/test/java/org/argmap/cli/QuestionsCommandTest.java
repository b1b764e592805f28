package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.fixtures.SchemeMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionsCommandTest {

    static final String MAP = SchemeMaps.PRECEDENT;

    @TempDir
    Path dir;

    Path repo;

    @BeforeEach
    void makeRepository() throws IOException {
        repo = SchemeMaps.repository(dir);
    }

    private Path write(String name, String content) throws IOException {
        return SchemeMaps.write(repo, name, content);
    }

    @Test
    void worksheetListsEachQuestionWithWhatRaisesOrSettlesIt() throws IOException {
        Path map = write("m.yaml", MAP);
        CliRun run = CliRun.of("questions", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(map + "\n"
                + "\n"
                + "post-9-11: Argument from precedent (precedent)\n"
                + "  supports thesis: Renewed ties will not follow the attack.\n"
                + "  premises:\n"
                + "    - after-9-11: Help after 9/11 brought no lasting partnership.\n"
                + "  critical questions:\n"
                + "    1. earlier-as-told: Was the earlier case really handled as described?\n"
                + "       settled by told-right\n"
                + "    2. comparable-really: Do the two cases differ in a way that calls for a different response?\n"
                + "       raised by russia-differs\n"
                + "    3. earlier-right: Was the earlier response a good one, or is it a mistake not to repeat?\n"
                + "       open\n"
                + "    4. circumstances-changed: Have circumstances changed since, so that the earlier case no longer"
                + " guides this one?\n"
                + "       open\n"
                + "  2 of 4 open\n"
                + "\n"
                + "no catalogue scheme:\n"
                + "  common-cause: argument from common interest\n", run.out());
        assertTrue(run.err().contains("info[unknown-scheme]: argument 'common-cause'"), run::all);
        assertFalse(run.err().contains("open-questions"), "the worksheet is the open questions: " + run.err());
    }

    @Test
    void readmeWorksheetIsThisCommandsOutputOnTheEssay() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String start = "$ argmap questions maps/st-petersburg-bombing.yaml\n";
        int from = readme.indexOf(start);
        assertTrue(from >= 0, "README shows an argmap questions run");
        String shown = readme.substring(from + start.length(), readme.indexOf("```", from));
        CliRun run = CliRun.of("questions", "maps/st-petersburg-bombing.yaml");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        // abridged with '...': every line shown is a line of the output, in the same order
        java.util.List<String> actual = run.out().lines().toList();
        int at = 0;
        for (String line : shown.lines().toList()) {
            if (line.equals("...")) {
                continue;
            }
            int found = actual.subList(at, actual.size()).indexOf(line);
            assertTrue(found >= 0, "README line not in the output (in order): '" + line + "'\n" + run.out());
            at += found + 1;
        }
        assertTrue(shown.contains("raised by insufficient-basis"), "the excerpt shows a raised question");
    }

    @Test
    void anUndercutMadeByAnArgumentRaisesItsQuestionAndIsNamedByItsScheme() throws IOException {
        String undercut = MAP.replace("  common-cause:\n", "  differs:\n    kind: attack\n    premises: [shared]\n"
                + "    conclusion: post-9-11\n    scheme: analogy\n    question: circumstances-changed\n  common-cause:\n");
        CliRun run = CliRun.of("questions", write("m.yaml", undercut).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("       open\n    4. circumstances-changed: Have circumstances changed since, so that the"
                + " earlier case no longer guides this one?\n       raised by differs\n"), run::all);
        assertTrue(run.out().contains("differs: Argument from analogy (analogy)\n  attacks post-9-11: Argument from precedent\n"),
                run::all);
    }

    @Test
    void openOnlyAsJsonGivesTheOpenQuestionsForScripts() throws IOException {
        CliRun run = CliRun.of("questions", "--open-only", "--format", "json", write("m.yaml", MAP).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        JsonNode sheet = new ObjectMapper().readTree(run.out());
        JsonNode argument = sheet.get("arguments").get(0);
        assertEquals("post-9-11", argument.get("id").asText());
        assertEquals("Argument from precedent", argument.get("name").asText());
        assertEquals("thesis", argument.get("conclusion").get("id").asText());
        assertEquals(2, argument.get("questions").size());
        assertEquals("earlier-right", argument.get("questions").get(0).get("id").asText());
        assertEquals("open", argument.get("questions").get(0).get("status").asText());
        assertEquals("argument from common interest", sheet.get("noCatalogueScheme").get(0).get("scheme").asText());
    }

    @Test
    void jsonForSeveralMapsIsKeyedByFile() throws IOException {
        write("maps/a.yaml", MAP);
        write("maps/b.yaml", MAP.replace("question: comparable-really", "question: [comparable-really, earlier-right]"));
        CliRun run = CliRun.of("questions", "--format", "json", repo.resolve("maps").toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        JsonNode byFile = new ObjectMapper().readTree(run.out());
        JsonNode b = byFile.get(repo.resolve("maps/b.yaml").toString()).get("arguments").get(0).get("questions");
        assertEquals("raised", b.get(2).get("status").asText());
        assertEquals("russia-differs", b.get(2).get("raisedBy").get(0).asText());
        assertEquals(2, byFile.size());
    }

    @Test
    void aRepositorysOwnSchemeGetsItsQuestions() throws IOException {
        write("argmap.yaml", SchemeMaps.MOTIVE_SETTINGS);
        CliRun run = CliRun.of("questions", write("m.yaml", SchemeMaps.MOTIVE_MAP).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("from-motive: Argument from motive and opportunity (motive)\n"), run::all);
        assertTrue(run.out().contains("    1. others-too: Did others have the same motive and opportunity?\n       raised by rivals\n"),
                run::all);
    }

    @Test
    void aMapWithErrorsIsNotListedAndExitsOne() throws IOException {
        Path map = write("m.yaml", MAP.replace("premises: [shared]", "premises: [shraed]"));
        CliRun run = CliRun.of("questions", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertEquals("", run.out());
        assertTrue(run.err().contains("error[dangling-reference]"), run::all);
        assertTrue(run.err().contains("not listed: " + map + " has errors; fix the errors above first"), run::all);
    }

    @Test
    void aMisspeltQuestionIsAWarningThatFailsOnlyWhenStrict() throws IOException {
        Path map = write("m.yaml", MAP.replace("question: earlier-as-told", "question: earlier-as-tld"));
        CliRun run = CliRun.of("questions", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.err().contains("warning[unknown-question]"), run::all);
        assertTrue(run.out().contains("earlier-as-told: Was the earlier case really handled as described?\n       open\n"),
                run::all);
        assertEquals(ExitStatus.FINDINGS, CliRun.of("questions", "--strict", map.toString()).status());
    }

    @Test
    void aMissingMapCannotRun() {
        CliRun run = CliRun.of("questions", dir.resolve("none.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertFalse(run.all().contains("Exception"), run::all);
    }
}
