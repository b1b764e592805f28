package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code argmap stats} through the real command line. */
class StatsCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ESSAY = CheckCommandTest.ESSAY_MAP.toString();

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /**
     * The essay map's numbers, counted by hand from maps/st-petersburg-bombing.yaml: 28 statements
     * (the thesis; 7 counterpoints: the three premises of signs-of-rapprochement, the three of
     * common-cause and revenge-claim; 3 rebuttals: insufficient-basis and the two premises of
     * condolence-not-partnership; the other 17 premises), 11 arguments (attacks: the three against
     * the thesis and condolence-not-partnership), 11 statements in shared-threat and 16 in
     * mutual-distrust, the 7 counterpoints and the 4 premises of fits-the-vow and claimed-regardless
     * against the thesis, 5 statements marked implicit, every other one quoted, 38 quoted passages
     * (29 quotes of statements, 4 quoted qualifiers, 5 quotes of arguments), and, as the README's
     * evaluation says, 36 accepted and 3 rejected. The deepest: own-making and
     * post-911-unease, premises of as-after-9-11 that backs insufficient-basis, which undercuts an
     * argument against the thesis (3 steps), as do beslan and beslan-pattern (first in map order:
     * own-making).
     */
    @Test
    void essayNumbersAreTheOnesCountedByHand() throws IOException {
        CliRun run = CliRun.of("stats", "--format", "json", ESSAY);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        JsonNode json = MAPPER.readTree(run.out());
        assertEquals(ESSAY, json.get("file").asText());
        assertEquals("{\"total\":28,\"thesis\":1,\"premise\":17,\"counterpoint\":7,\"rebuttal\":3}",
                json.get("statements").toString());
        assertEquals("{\"total\":11,\"support\":7,\"attack\":4}", json.get("arguments").toString());
        assertEquals("[{\"id\":\"shared-threat\",\"label\":\"Shared threat\",\"statements\":11},"
                + "{\"id\":\"mutual-distrust\",\"label\":\"Mutual distrust\",\"statements\":16}]",
                json.get("perspectives").toString());
        assertEquals(1, json.get("outsidePerspectives").asInt());
        assertEquals("{\"pro\":16,\"con\":11,\"unlinked\":0}", json.get("sides").toString());
        assertEquals("{\"accepted\":36,\"rejected\":3,\"undecided\":0}", json.get("labels").toString());
        assertEquals(3, json.get("depth").asInt());
        assertEquals("own-making", json.get("deepest").asText());
        assertEquals("[]", json.get("unansweredCounterpoints").toString());
        assertEquals(5, json.get("implicit").asInt());
        assertEquals(0, json.get("unquoted").asInt());
        assertEquals(38, json.get("quotes").get("total").asInt());
        assertTrue(json.get("quotes").get("checkedAgainst").isNull(), run::all);
        assertEquals("no source text (pass --source FILE or set source.text)", json.get("quotes").get("notChecked").asText());
    }

    @Test
    void essayTextSaysTheSameInAFewLines() {
        CliRun run = CliRun.of("stats", ESSAY);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(ESSAY + "\n"
                + "Common enemy, separate fights: the St. Petersburg bombing and U.S.-Russia relations\n"
                + "  statements:   28: 1 thesis, 17 premises, 7 counterpoints, 3 rebuttals\n"
                + "  arguments:    11: 7 support, 4 attack\n"
                + "  perspectives: Shared threat 11, Mutual distrust 16; 1 outside any\n"
                + "  balance:      Shared threat 41% vs Mutual distrust 59% of the 27 statements in perspectives\n"
                + "  sides:        16 for the thesis, 11 against\n"
                + "  evaluation:   36 accepted, 3 rejected, 0 undecided\n"
                + "  depth:        3 steps from the thesis, at own-making\n"
                + "  unanswered:   no counterpoint to the thesis is left unanswered\n"
                + "  implicit:     5 statements reconstructed (implicit: true)\n"
                + "  unquoted:     0 statements with no quote and not implicit\n"
                + "  quotes:       38 not checked: no source text (pass --source FILE or set source.text)\n", run.out());
        // findings (the open-questions notes) go to standard error, the numbers alone to standard output
        assertTrue(run.err().contains("info[open-questions]"), run::all);
        assertFalse(run.out().contains("\r"), "no progress line when the output is not a terminal");
    }

    @Test
    void withTheEssayEveryQuoteIsFound() {
        assumeTrue(Files.exists(CheckCommandTest.ESSAY_TEXT), "the essay text is not beside the project; quote count skipped");
        CliRun run = CliRun.of("stats", "--source", CheckCommandTest.ESSAY_TEXT.toString(), ESSAY);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("  quotes:       38 checked against " + CheckCommandTest.ESSAY_TEXT
                + ": 38 found, 0 not found\n"), run::all);
    }

    @Test
    void aQuoteMissingFromTheSourceIsCountedAndFailsLikeCheck() throws IOException {
        write("essay.txt", "The bombing changes nothing between the two capitals.\n");
        Path map = write("map.yaml", """
                argmap: 1
                source: {text: essay.txt}
                statements:
                  t:
                    kind: thesis
                    text: Nothing changes.
                    quote: changes nothing between the two capitals
                  r:
                    text: R.
                    quote: words the essay never wrote
                    supports: t
                """);
        CliRun run = CliRun.of("stats", "--format", "json", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        JsonNode quotes = MAPPER.readTree(run.out()).get("quotes");
        assertEquals(2, quotes.get("total").asInt());
        assertEquals(1, quotes.get("found").asInt());
        assertEquals(1, quotes.get("notFound").asInt());
        assertTrue(quotes.get("checkedAgainst").asText().endsWith("essay.txt"), quotes::toString);
        assertTrue(run.err().contains("error[quote-not-found]"), run::all);
    }

    @Test
    void aMapWithErrorsIsCountedWithoutItsEvaluation() throws IOException {
        Path map = write("map.yaml", """
                argmap: 1
                statements:
                  t: {kind: thesis, text: T.}
                  a: {text: A., supports: tt}
                """);
        CliRun run = CliRun.of("stats", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.err().contains("error[dangling-reference]"), run::all);
        assertTrue(run.out().contains("  statements:   2: 1 thesis, 1 premise\n"), run::all);
        assertTrue(run.out().contains("  evaluation:   not evaluated: the map has errors\n"), run::all);
    }

    @Test
    void severalMapsGiveOneJsonObjectKeyedByFileWithNullForOneThatDidNotLoad() throws IOException {
        write("a.yaml", "argmap: 1\nstatements:\n  t: {kind: thesis, text: T.}\n");
        write("b.yaml", "argmap: 1\nstatements: [unclosed\n");
        CliRun run = CliRun.of("stats", "--format", "json", dir.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        JsonNode json = MAPPER.readTree(run.out());
        String a = dir.resolve("a.yaml").toString();
        String b = dir.resolve("b.yaml").toString();
        assertEquals(List.of(a, b), fieldNames(json));
        assertEquals(1, json.get(a).get("statements").get("total").asInt());
        assertTrue(json.get(b).isNull(), run::all);
        assertTrue(run.err().contains("not counted: " + b + " did not load; fix the errors above first"), run::all);
    }

    @Test
    void aPathThatDoesNotExistCannotBeCounted() {
        CliRun run = CliRun.of("stats", dir.resolve("missing.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("", run.out());
    }

    @Test
    void anUnknownFormatStopsBeforeAnyMapIsRead() {
        CliRun run = CliRun.of("stats", "--format", "yaml", ESSAY);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("unknown format 'yaml'"), run::all);
    }
}
