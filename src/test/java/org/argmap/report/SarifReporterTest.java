package org.argmap.report;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SarifReporter REPORTER = new SarifReporter("development", SampleResults.CATALOGUE);

    private static JsonNode run(String sarif) throws Exception {
        JsonNode log = MAPPER.readTree(sarif);
        assertEquals(1, log.get("runs").size());
        return log.get("runs").get(0);
    }

    private static String report(Diagnostic... findings) {
        return REPORTER.report(new CheckResults(List.of("maps/a.yaml"), List.of(findings)));
    }

    @Test
    void twoMapsMatchTheGoldenFile() {
        assertMatchesGolden("two-maps.sarif", REPORTER.report(SampleResults.RESULTS));
    }

    @Test
    void reportIsValidAgainstTheSarifSchema() {
        assertEquals(List.of(), SarifSchema.violations(REPORTER.report(SampleResults.RESULTS)));
    }

    @Test
    void relatedLocationsAreNumberedWithTheirLabelsAndTheLogStaysValid() throws Exception {
        Diagnostic cycle = Diagnostic.error("support-cycle", Location.span("maps/a.yaml", 12, 26, 10), "circular support")
                .withRelated(List.of(new Diagnostic.Related(Location.span("maps/a.yaml", 20, 15, 9), "step 2: b -> a")));
        String sarif = report(cycle);
        assertEquals(List.of(), SarifSchema.violations(sarif));
        JsonNode related = run(sarif).get("results").get(0).get("relatedLocations");
        assertEquals(1, related.size());
        assertEquals(1, related.get(0).get("id").intValue());
        assertEquals("step 2: b -> a", related.get(0).get("message").get("text").textValue());
        JsonNode physical = related.get(0).get("physicalLocation");
        assertEquals("maps/a.yaml", physical.get("artifactLocation").get("uri").textValue());
        assertEquals(20, physical.get("region").get("startLine").intValue());
        assertEquals(24, physical.get("region").get("endColumn").intValue());
        assertFalse(run(report(cycle.withRelated(List.of()))).get("results").get(0).has("relatedLocations"));
    }

    @Test
    void emptyReportIsValidAgainstTheSarifSchema() {
        String sarif = REPORTER.report(new CheckResults(List.of(), List.of()));
        assertEquals(List.of(), SarifSchema.violations(sarif));
    }

    /** The schema check can fail: a report with one field broken is rejected. */
    @Test
    void schemaRejectsAReportWithABrokenField() throws Exception {
        ObjectNode log = (ObjectNode) MAPPER.readTree(REPORTER.report(SampleResults.RESULTS));
        ObjectNode result = (ObjectNode) log.get("runs").get(0).get("results").get(0);
        result.put("level", "fatal");
        assertFalse(SarifSchema.violations(MAPPER.writeValueAsString(log)).isEmpty());
        result.put("level", "error");
        assertEquals(List.of(), SarifSchema.violations(MAPPER.writeValueAsString(log)));
        ((ObjectNode) result.get("locations").get(0).get("physicalLocation").get("region")).put("startLine", 0);
        assertFalse(SarifSchema.violations(MAPPER.writeValueAsString(log)).isEmpty());
    }

    /** Formats are checked too, so a file name that is not a URI reference would be caught. */
    @Test
    void schemaRejectsAnUnencodedFileName() throws Exception {
        ObjectNode log = (ObjectNode) MAPPER.readTree(REPORTER.report(SampleResults.RESULTS));
        ObjectNode artifact = (ObjectNode) log.get("runs").get(0).get("results").get(0)
                .get("locations").get(0).get("physicalLocation").get("artifactLocation");
        artifact.put("uri", "my maps/a b.yaml");
        assertFalse(SarifSchema.violations(MAPPER.writeValueAsString(log)).isEmpty());
    }

    @Test
    void logNamesTheVersionTheSchemaAndTheTool() throws Exception {
        JsonNode log = MAPPER.readTree(REPORTER.report(SampleResults.RESULTS));
        assertEquals("2.1.0", log.get("version").textValue());
        assertEquals(SarifReporter.SCHEMA_URI, log.get("$schema").textValue());
        JsonNode driver = run(REPORTER.report(SampleResults.RESULTS)).get("tool").get("driver");
        assertEquals("argmap", driver.get("name").textValue());
        assertEquals("development", driver.get("version").textValue());
        assertEquals("unicodeCodePoints", run(REPORTER.report(SampleResults.RESULTS)).get("columnKind").textValue());
    }

    @Test
    void everyCatalogueRuleIsDescribedWithItsDefaultLevel() throws Exception {
        JsonNode rules = run(REPORTER.report(new CheckResults(List.of(), List.of()))).get("tool").get("driver").get("rules");
        assertEquals(SampleResults.CATALOGUE.size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo info = SampleResults.CATALOGUE.get(i);
            JsonNode rule = rules.get(i);
            assertEquals(info.id(), rule.get("id").textValue());
            assertEquals(info.summary(), rule.get("shortDescription").get("text").textValue());
            assertTrue(rule.get("fullDescription").get("text").textValue().startsWith("A"), rule::toString);
            assertEquals(info.help(), rule.get("help").get("text").textValue());
            assertFalse(rule.has("helpUri"));
        }
        assertEquals("error", rules.get(0).get("defaultConfiguration").get("level").textValue());
        assertEquals("warning", rules.get(3).get("defaultConfiguration").get("level").textValue());
        JsonNode off = rules.get(2).get("defaultConfiguration");
        assertEquals("none", off.get("level").textValue());
        assertFalse(off.get("enabled").booleanValue());
        assertTrue(rules.get(2).get("fullDescription").get("text").textValue()
                .endsWith("Off by default; turn it on with --rule unanswered-counterpoint=info."));
    }

    @Test
    void resultCarriesRuleLevelMessageWithHintAndRegion() throws Exception {
        JsonNode results = run(REPORTER.report(SampleResults.RESULTS)).get("results");
        assertEquals(SampleResults.FINDINGS.size(), results.size());
        JsonNode dangling = results.get(1);
        assertEquals("dangling-reference", dangling.get("ruleId").textValue());
        assertEquals(0, dangling.get("ruleIndex").intValue());
        assertEquals("error", dangling.get("level").textValue());
        assertEquals("'separate-fihgts' is not a statement or argument of this map (hint: did you mean 'separate-fights'?)",
                dangling.get("message").get("text").textValue());
        JsonNode physical = dangling.get("locations").get(0).get("physicalLocation");
        assertEquals("maps/essay.yaml", physical.get("artifactLocation").get("uri").textValue());
        assertEquals("%SRCROOT%", physical.get("artifactLocation").get("uriBaseId").textValue());
        JsonNode region = physical.get("region");
        assertEquals(List.of(10, 15, 10, 30), List.of(region.get("startLine").intValue(), region.get("startColumn").intValue(),
                region.get("endLine").intValue(), region.get("endColumn").intValue()));
        assertEquals("note", results.get(3).get("level").textValue());
        assertEquals("counterpoint 'objection' to the thesis has no rebuttal", results.get(3).get("message").get("text").textValue());
        assertEquals("warning", results.get(0).get("level").textValue());
        assertEquals(3, results.get(0).get("ruleIndex").intValue());
    }

    @Test
    void ruleMissingFromTheCatalogueHasNoRuleIndexAndStaysValid() throws Exception {
        String sarif = report(Diagnostic.error("expectation-failed", Location.at("maps/a.yaml", 2, 3), "x"));
        JsonNode result = run(sarif).get("results").get(0);
        assertEquals("expectation-failed", result.get("ruleId").textValue());
        assertFalse(result.has("ruleIndex"));
        assertEquals(List.of(), SarifSchema.violations(sarif));
    }

    @Test
    void absolutePathsBecomeFileUrisWithoutABase() throws Exception {
        String sarif = report(new Diagnostic("schema", Severity.WARNING, Location.at("/tmp/my maps/é.yaml", 1, 1), "m",
                Optional.empty()));
        JsonNode artifact = run(sarif).get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
        assertEquals("file:///tmp/my%20maps/%C3%A9.yaml", artifact.get("uri").textValue());
        assertFalse(artifact.has("uriBaseId"));
        assertEquals(List.of(), SarifSchema.violations(sarif));
    }

    @Test
    void fileNamesBecomeUriReferences() {
        assertEquals("maps/essay.yaml", SarifReporter.artifactUri("maps/essay.yaml"));
        assertEquals("maps/essay.yaml", SarifReporter.artifactUri("./maps/essay.yaml"));
        assertEquals("maps/sub/essay.yaml", SarifReporter.artifactUri("maps\\sub\\essay.yaml"));
        assertEquals("my%20maps/caf%C3%A9%23%3F%25.yaml", SarifReporter.artifactUri("my maps/café#?%.yaml"));
        assertEquals("a%3Ab.yaml", SarifReporter.artifactUri("a:b.yaml"));
        assertEquals("../maps/x.yaml", SarifReporter.artifactUri("../maps/x.yaml"));
        assertEquals("file:///C:/Users/me/maps/x.yaml", SarifReporter.artifactUri("C:\\Users\\me\\maps\\x.yaml"));
        assertEquals("file:///home/me/maps/x.yaml", SarifReporter.artifactUri("/home/me/maps/x.yaml"));
    }

    @Test
    void oddFileNamesAndMessagesStayValid() {
        String sarif = report(
                Diagnostic.error("schema", Location.at("my maps/café#1.yaml", 1, 1), "say \"no\" \\ \u0001 café", "ok?"),
                Diagnostic.error("schema", Location.at("C:\\maps\\x.yaml", 1, 1), "m"));
        assertEquals(List.of(), SarifSchema.violations(sarif));
        assertTrue(sarif.chars().allMatch(c -> c < 0x80));
    }

    @Test
    void catalogueWithARuleTwiceIsRefused() {
        RuleInfo rule = SampleResults.CATALOGUE.get(0);
        assertThrows(IllegalArgumentException.class, () -> new SarifReporter("1", List.of(rule, rule)));
    }
}
