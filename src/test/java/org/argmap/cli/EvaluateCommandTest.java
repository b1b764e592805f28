package org.argmap.cli;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.report.EvaluationTextReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/evaluate");
    private static final String ESSAY = CheckCommandTest.ESSAY_MAP.toString();
    private static final String ATTACKED_THESIS = FIXTURES.resolve("attacked-thesis.yaml").toString();
    private static final String SWINGING_CYCLE = FIXTURES.resolve("swinging-cycle.yaml").toString();
    private static final String DANGLING = FIXTURES.resolve("dangling-reference.yaml").toString();
    private static final String NOT_YAML = FIXTURES.resolve("not-yaml.yaml").toString();
    private static final String FAILED_EXPECTATION = FIXTURES.resolve("failed-expectation.yaml").toString();

    @TempDir
    Path dir;

    private static JsonNode json(CliRun run) throws IOException {
        return MAPPER.readTree(run.out());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String line(String text, String startingWith) {
        return text.lines().filter(l -> l.startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + startingWith + "' in\n" + text));
    }

    private static void assertNoStackTrace(CliRun run) {
        assertFalse(run.all().contains("Exception") || run.all().contains("\tat "), run::all);
    }

    @Test
    void essayTableMatchesTheGoldenFile() {
        CliRun run = CliRun.of("evaluate", ESSAY);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.err().contains("error[") || run.err().contains("warning["), run::err);
        assertMatchesGolden("evaluate-st-petersburg-bombing.txt", run.out());
    }

    @Test
    void essayTableFitsEightyColumnsAndShowsEveryStatementAndArgumentOnce() throws IOException {
        CliRun run = CliRun.of("evaluate", ESSAY);
        run.out().lines().forEach(l -> assertTrue(l.length() <= EvaluationTextReport.DEFAULT_WIDTH, l));
        ArgumentMap map = new MapLoader().load(CheckCommandTest.ESSAY_MAP).map().orElseThrow();
        Evaluation evaluation = new Evaluator().evaluate(map);
        for (String id : evaluation.labels().keySet()) {
            String row = run.out().lines().filter(l -> l.strip().split(" +")[0].equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError(id + " is not in\n" + run.out()));
            if (row.strip().equals(id)) { // a long id stands above its row
                List<String> lines = run.out().lines().toList();
                row = lines.get(lines.indexOf(row) + 1);
            }
            assertTrue(row.contains(" " + evaluation.labels().get(id).word() + " "), row);
            assertTrue(row.contains(" " + EvaluationTextReport.strength(evaluation.strengths().get(id)) + " "), row);
        }
        assertTrue(run.out().indexOf("\nThesis\n  separate-fights ") < run.out().indexOf("\nPerspective: Shared threat\n"),
                run.out());
        assertTrue(run.out().indexOf("\nPerspective: Shared threat\n") < run.out().indexOf("\nPerspective: Mutual distrust\n"),
                run.out());
        assertTrue(run.out().indexOf("\nPerspective: Mutual distrust\n") < run.out().indexOf("\nArguments\n"), run.out());
    }

    @Test
    void essayJsonCarriesTheEvaluatorsLabelsAndExactStrengthsInMapOrder() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", ESSAY);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        JsonNode document = json(run);
        assertEquals(List.of("statements", "arguments"), fieldNames(document));
        ArgumentMap map = new MapLoader().load(CheckCommandTest.ESSAY_MAP).map().orElseThrow();
        Evaluation evaluation = new Evaluator().evaluate(map);
        assertEquals(List.copyOf(map.statements().keySet()), fieldNames(document.get("statements")));
        assertEquals(List.copyOf(map.arguments().keySet()), fieldNames(document.get("arguments")));
        for (String group : List.of("statements", "arguments")) {
            document.get(group).fields().forEachRemaining(entry -> {
                String id = entry.getKey();
                assertEquals(evaluation.labels().get(id).word(), entry.getValue().get("label").textValue(), id);
                assertEquals(evaluation.strength(id).orElseThrow(), entry.getValue().get("strength").doubleValue(), 0.0, id);
            });
        }
    }

    @Test
    void attackedThesisHasTheHandComputedStrengths() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", ATTACKED_THESIS);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        JsonNode statements = json(run).get("statements");
        // The objection has no attackers or supporters and keeps its weight 0.5; the thesis:
        // va = 0.5, vs = 0, so 0.5 - 0.5 * (0.5 - 0) = 0.25. Labels: the unattacked objection is
        // accepted, so the thesis it attacks is rejected.
        assertEquals(0.25, statements.get("thesis").get("strength").doubleValue(), 0.0);
        assertEquals("rejected", statements.get("thesis").get("label").textValue());
        assertEquals(0.5, statements.get("objection").get("strength").doubleValue(), 0.0);
        assertEquals("accepted", statements.get("objection").get("label").textValue());

        CliRun text = CliRun.of("evaluate", ATTACKED_THESIS);
        assertTrue(line(text.out(), "  thesis ").matches("  thesis +thesis +rejected +0\\.250  The thesis\\."), text::all);
    }

    @Test
    void strengthsThatDoNotConvergeAreWithheldAndWarnedAboutWithStatusOne() throws IOException {
        CliRun run = CliRun.of("evaluate", SWINGING_CYCLE);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        for (String id : List.of("t", "p", "q")) {
            assertTrue(line(run.out(), "  " + id + " ").contains(EvaluationTextReport.NOT_CONVERGED), run::all);
        }
        assertTrue(line(run.out(), "  p ").contains(" undecided "), run::all);
        assertTrue(run.err().startsWith(SWINGING_CYCLE + ":4:1: warning[not-converged]: strengths did not converge in "
                + Evaluator.MAX_ROUNDS + " rounds, so none is shown; still moving: 't', 'p', 'q'\n"), run::all);
        assertTrue(run.err().endsWith("1 map checked: 0 errors, 1 warning\n"), run::all);

        CliRun json = CliRun.of("evaluate", "--format", "json", SWINGING_CYCLE);
        assertEquals(ExitStatus.FINDINGS, json.status(), json::all);
        JsonNode statements = json(json).get("statements");
        statements.elements().forEachRemaining(node -> assertTrue(node.get("strength").isNull(), node::toString));
        assertEquals("undecided", statements.get("q").get("label").textValue());
        assertTrue(json.err().contains("warning[not-converged]"), json::all);
    }

    @Test
    void notConvergedIsARuleTheCommandLineAndTheSettingsFileCanTurnOffOrRaise() throws IOException {
        CliRun off = CliRun.of("evaluate", "--rule", "not-converged=off", SWINGING_CYCLE);
        assertEquals(ExitStatus.CLEAN, off.status(), off::all);
        assertFalse(off.err().contains("not-converged"), off::all);
        assertTrue(line(off.out(), "  p ").contains(EvaluationTextReport.NOT_CONVERGED), "strengths stay withheld");

        CliRun error = CliRun.of("evaluate", "--rule", "not-converged=error", SWINGING_CYCLE);
        assertEquals(ExitStatus.FINDINGS, error.status(), error::all);
        assertTrue(error.err().contains(":4:1: error[not-converged]: "), error::all);

        Path map = dir.resolve("swing.yaml");
        Files.copy(Path.of(SWINGING_CYCLE), map);
        Files.writeString(dir.resolve("argmap.yaml"), "rules:\n  not-converged: off\n");
        CliRun settled = CliRun.of("evaluate", map.toString());
        assertEquals(ExitStatus.CLEAN, settled.status(), settled::all);
        assertFalse(settled.err().contains("not-converged"), settled::all);
    }

    @Test
    void mapWithAnErrorIsNotEvaluatedAndItsFindingsGoToStandardError() {
        CliRun run = CliRun.of("evaluate", DANGLING);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertEquals("", run.out());
        assertTrue(run.err().startsWith(DANGLING + ":8:14: error[dangling-reference]: "), run::all);
        assertTrue(run.err().contains("did you mean 'thesis'?"), run::all);
        assertTrue(run.err().contains("\nnot evaluated: " + DANGLING + " has errors; fix the errors above first\n"),
                run::all);

        CliRun json = CliRun.of("evaluate", "--format", "json", DANGLING);
        assertEquals(ExitStatus.FINDINGS, json.status(), json::all);
        assertEquals("", json.out(), "a single map that was not evaluated prints no JSON");
    }

    @Test
    void failedExpectationIsReportedButTheMapIsStillEvaluatedWithStatusOne() throws IOException {
        CliRun run = CliRun.of("evaluate", FAILED_EXPECTATION);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.err().startsWith(FAILED_EXPECTATION + ":11:14: error[expectation-failed]: 'thesis' is expected "
                + "to be accepted but evaluates as rejected\n"), run::all);
        assertFalse(run.err().contains("not evaluated"), run::all);
        assertTrue(line(run.out(), "  thesis ").matches("  thesis +thesis +rejected +0\\.250  The thesis\\."), run::all);

        CliRun json = CliRun.of("evaluate", "--format", "json", FAILED_EXPECTATION);
        assertEquals(ExitStatus.FINDINGS, json.status(), json::all);
        assertEquals("rejected", json(json).get("statements").get("thesis").get("label").textValue());
    }

    @Test
    void essayMeetsItsOwnExpectations() {
        CliRun run = CliRun.of("evaluate", ESSAY);
        assertFalse(run.err().contains("expectation-failed"), run::all);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
    }

    @Test
    void fileThatIsNotYamlIsNotEvaluatedWithoutAStackTrace() {
        CliRun run = CliRun.of("evaluate", NOT_YAML);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.err().contains("error[yaml-syntax]"), run::all);
        assertTrue(run.err().contains("not evaluated: " + NOT_YAML), run::all);
        assertNoStackTrace(run);
    }

    @Test
    void anErrorTurnedIntoAWarningNoLongerStopsEvaluation() {
        CliRun run = CliRun.of("evaluate", "--rule", "dangling-reference=warning", DANGLING);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.err().contains("warning[dangling-reference]"), run::all);
        assertTrue(line(run.out(), "  thesis ").contains(" accepted "), "the dangling attack is ignored:\n" + run.out());
    }

    @Test
    void warningsAreShownAndFailOnlyWhenStrict() throws IOException {
        Path map = dir.resolve("warns.yaml");
        Files.writeString(map, StrictnessAndSettingsTest.WARNS, StandardCharsets.UTF_8);
        CliRun lenient = CliRun.of("evaluate", map.toString());
        assertEquals(ExitStatus.CLEAN, lenient.status(), lenient::all);
        assertTrue(lenient.err().contains("warning[unused-perspective]"), lenient::all);
        assertTrue(lenient.out().contains("  separate-fights "), lenient::all);

        CliRun strict = CliRun.of("evaluate", "--strict", map.toString());
        assertEquals(ExitStatus.FINDINGS, strict.status(), strict::all);
        assertEquals(lenient.out(), strict.out(), "strictness changes the exit status only");
        assertTrue(strict.err().endsWith(" (strict: warnings fail)\n"), strict::all);
    }

    @Test
    void settingsFileIsHonouredAsByCheck() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
        Files.writeString(repo.resolve("argmap.yaml"), "strict: true\n", StandardCharsets.UTF_8);
        Path map = repo.resolve("warns.yaml");
        Files.writeString(map, StrictnessAndSettingsTest.WARNS, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("evaluate", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertEquals(ExitStatus.CLEAN, CliRun.of("evaluate", "--no-strict", map.toString()).status());
    }

    @Test
    void severalMapsPrintABlockEachInOrderAndSkipTheBrokenOne() {
        CliRun run = CliRun.of("evaluate", ATTACKED_THESIS, DANGLING, SWINGING_CYCLE);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        String out = run.out();
        assertTrue(out.startsWith(ATTACKED_THESIS + "\n\n"), out);
        assertTrue(out.contains("\n\n" + SWINGING_CYCLE + "\n\n"), out);
        assertFalse(out.contains(DANGLING), out);
        assertTrue(run.err().contains("not evaluated: " + DANGLING), run::all);
        assertTrue(run.err().endsWith("3 maps checked: 1 error, 1 warning\n"), run::all);
    }

    @Test
    void severalMapsInJsonAreKeyedByFileWithNullForTheOneNotEvaluated() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", ATTACKED_THESIS, DANGLING);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        JsonNode document = json(run);
        assertEquals(List.of(ATTACKED_THESIS, DANGLING), fieldNames(document));
        assertTrue(document.get(DANGLING).isNull());
        assertEquals(json(CliRun.of("evaluate", "--format", "json", ATTACKED_THESIS)), document.get(ATTACKED_THESIS));
    }

    @Test
    void directoryGivesTheKeyedShapeEvenWithOneMapInIt() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("maps"));
        Files.copy(Path.of(ATTACKED_THESIS), folder.resolve("only.yaml"));
        CliRun run = CliRun.of("evaluate", "--format", "json", folder.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(List.of(folder.resolve("only.yaml").toString()), fieldNames(json(run)));
    }

    @Test
    void unknownFormatCannotRunAndSuggestsTheClosestOne() {
        CliRun run = CliRun.of("evaluate", "--format", "jsn", ATTACKED_THESIS);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("", run.out());
        assertTrue(run.err().contains("unknown format 'jsn'") && run.err().contains("did you mean 'json'?"), run::all);
    }

    @Test
    void formatThatCheckHasButEvaluateHasNotIsRefused() {
        CliRun run = CliRun.of("evaluate", "--format", "sarif", ATTACKED_THESIS);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("formats: text, json"), run::all);
    }

    @Test
    void missingFileCannotRun() {
        CliRun run = CliRun.of("evaluate", dir.resolve("nowhere.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("no such file or folder"), run::all);
        assertNoStackTrace(run);
    }

    @Test
    void noPathIsAUsageError() {
        CliRun run = CliRun.of("evaluate");
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("PATH"), run::all);
    }

    @Test
    void helpListsTheCommandAndItsExitStatuses() {
        CliRun root = CliRun.of("--help");
        assertTrue(root.out().contains("  evaluate  "), root::all);
        CliRun help = CliRun.of("evaluate", "--help");
        assertEquals(ExitStatus.CLEAN, help.status());
        assertTrue(help.out().contains("--format=FORMAT") && help.out().contains("--[no-]strict")
                && help.out().contains("Exit status") && help.out().contains("docs/evaluation.md"), help::all);
        help.out().lines().forEach(l -> assertTrue(l.length() <= 80, l));
    }
}
