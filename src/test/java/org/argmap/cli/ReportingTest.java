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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.argmap.check.Rule;
import org.argmap.check.Rules;
import org.argmap.report.SarifSchema;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format}: each format through the command line, on two maps with findings. */
class ReportingTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private Path dangling;
    private Path unused;

    @BeforeEach
    void writeMaps() throws IOException {
        dangling = write("a-dangling.yaml",
                CheckCommandTest.VALID.replace("supports: separate-fights", "supports: separate-fihgts"));
        unused = write("b-unused.yaml",
                CheckCommandTest.VALID.replace("statements:", "perspectives:\n  unused: {label: Unused}\nstatements:"));
    }

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private CliRun check(String format) {
        return CliRun.of("check", "--format", format, dangling.toString(), unused.toString());
    }

    @Test
    void textIsTheDefaultAndPrintsTheSameAsBefore() {
        CliRun plain = CliRun.of("check", dangling.toString(), unused.toString());
        CliRun text = check("text");
        assertEquals(plain.out(), text.out());
        assertEquals(ExitStatus.FINDINGS, text.status(), text::all);
        assertTrue(text.out().startsWith(dangling + ":8:15: error[dangling-reference]: "), text::all);
        assertTrue(text.out().endsWith("2 maps checked: 1 error, 1 warning\n"), text::all);
    }

    @Test
    void jsonIsOneDocumentWithEveryFindingAndNoTallyLine() throws IOException {
        CliRun run = check("json");
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertEquals("", run.err());
        assertFalse(run.out().contains("maps checked"), run::all);
        JsonNode document = MAPPER.readTree(run.out());
        JsonNode findings = document.get("findings");
        assertEquals(2, findings.size(), run::all);
        JsonNode first = findings.get(0);
        assertEquals(dangling.toString(), first.get("file").textValue());
        assertEquals(8, first.get("line").intValue());
        assertEquals(15, first.get("column").intValue());
        assertEquals(8, first.get("endLine").intValue());
        assertEquals(30, first.get("endColumn").intValue());
        assertEquals("error", first.get("severity").textValue());
        assertEquals("dangling-reference", first.get("rule").textValue());
        assertEquals("did you mean 'separate-fights'?", first.get("hint").textValue());
        assertEquals("unused-perspective", findings.get(1).get("rule").textValue());
        assertEquals("warning", findings.get(1).get("severity").textValue());
        assertEquals(2, document.get("summary").get("mapsChecked").intValue());
        assertEquals(1, document.get("summary").get("errors").intValue());
    }

    @Test
    void sarifIsValidAndListsTheWholeRuleCatalogue() throws IOException {
        CliRun run = check("sarif");
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertFalse(run.out().contains("maps checked"), run::all);
        assertEquals(List.of(), SarifSchema.violations(run.out()));
        JsonNode driver = MAPPER.readTree(run.out()).get("runs").get(0).get("tool").get("driver");
        assertEquals(Reporting.toolVersion(), driver.get("version").textValue());
        List<String> listed = new ArrayList<>();
        driver.get("rules").forEach(rule -> listed.add(rule.get("id").textValue()));
        Set<String> expected = new TreeSet<>(Set.of("yaml-syntax", "schema", "not-converged"));
        Rules.all().stream().map(Rule::id).forEach(expected::add);
        assertEquals(expected, new TreeSet<>(listed));
        assertEquals(expected.size(), listed.size(), "each rule once: " + listed);
    }

    @Test
    void sarifResultsPointAtTheirRuleInTheCatalogue() throws IOException {
        CliRun run = check("sarif");
        JsonNode sarifRun = MAPPER.readTree(run.out()).get("runs").get(0);
        JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
        JsonNode results = sarifRun.get("results");
        assertEquals(2, results.size(), run::all);
        for (JsonNode result : results) {
            assertEquals(result.get("ruleId").textValue(), rules.get(result.get("ruleIndex").intValue()).get("id").textValue());
        }
        JsonNode location = results.get(0).get("locations").get(0).get("physicalLocation");
        assertTrue(location.get("artifactLocation").get("uri").textValue().startsWith("file:///"), location::toString);
        assertTrue(location.get("artifactLocation").get("uri").textValue().endsWith("/a-dangling.yaml"), location::toString);
        assertEquals(8, location.get("region").get("startLine").intValue());
    }

    @Test
    void sarifDescribesALoaderFinding() throws IOException {
        Path broken = write("broken.yaml", "argmap: 1\nstatements: [unclosed\n");
        CliRun run = CliRun.of("check", "--format", "sarif", broken.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertEquals(List.of(), SarifSchema.violations(run.out()));
        JsonNode sarifRun = MAPPER.readTree(run.out()).get("runs").get(0);
        JsonNode result = sarifRun.get("results").get(0);
        assertEquals("yaml-syntax", result.get("ruleId").textValue());
        assertEquals("yaml-syntax",
                sarifRun.get("tool").get("driver").get("rules").get(result.get("ruleIndex").intValue()).get("id").textValue());
    }

    @Test
    void githubPrintsOneAnnotationPerFindingThenTheTally() {
        CliRun run = check("github");
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        List<String> lines = run.out().lines().toList();
        assertEquals(3, lines.size(), run::all);
        assertTrue(lines.get(0).startsWith("::error file=" + dangling + ",line=8,col=15,endLine=8,endColumn=30,"
                + "title=dangling-reference::'separate-fihgts' is not a statement or argument of this map — "), run::all);
        assertTrue(lines.get(1).startsWith("::warning file=" + unused + ",line=3,col=3,"), run::all);
        assertEquals("2 maps checked: 1 error, 1 warning", lines.get(2));
    }

    @Test
    void cleanMapInJsonExitsZeroWithNoFindings() throws IOException {
        CliRun run = CliRun.of("check", "--format", "json", write("ok.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(0, MAPPER.readTree(run.out()).get("findings").size());
    }

    @Test
    void warningsAloneExitZeroInEveryFormat() {
        for (ReportFormat format : ReportFormat.values()) {
            CliRun run = CliRun.of("check", "--format", format.cliName(), unused.toString());
            assertEquals(ExitStatus.CLEAN, run.status(), format + ": " + run.all());
        }
    }

    @Test
    void strictWarningsFailInEveryFormatAndTheTallySaysSo() throws IOException {
        for (ReportFormat format : ReportFormat.values()) {
            CliRun run = CliRun.of("check", "--strict", "--format", format.cliName(), unused.toString());
            assertEquals(ExitStatus.FINDINGS, run.status(), format + ": " + run.all());
            if (format == ReportFormat.TEXT || format == ReportFormat.GITHUB) {
                assertTrue(run.out().endsWith("1 map checked: 0 errors, 1 warning (strict: warnings fail)\n"), run::all);
            } else {
                assertFalse(run.out().contains("strict"), run::all);
                MAPPER.readTree(run.out());
            }
        }
    }

    @Test
    void formatNameIgnoresCase() throws IOException {
        CliRun run = check("JSON");
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertEquals(2, MAPPER.readTree(run.out()).get("findings").size());
    }

    @Test
    void unknownFormatExitsTwoWithDidYouMean() {
        CliRun run = check("sarf");
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("", run.out());
        assertTrue(run.err().contains("unknown format 'sarf'"), run::all);
        assertTrue(run.err().contains("did you mean 'sarif'?"), run::all);
        CliRun far = check("xml");
        assertTrue(far.err().contains("formats: text, json, sarif, github"), far::all);
    }
}
