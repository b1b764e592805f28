package org.argmap.report;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.junit.jupiter.api.Test;

class JsonReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void twoMapsMatchTheGoldenFile() {
        assertMatchesGolden("two-maps.json", new JsonReporter().report(SampleResults.RESULTS));
    }

    @Test
    void documentHasVersionFindingsSummaryAndQuotesInThatOrder() throws Exception {
        JsonNode document = parse(new JsonReporter().report(SampleResults.RESULTS));
        assertEquals(List.of("version", "findings", "summary", "quotes"), fieldNames(document));
        assertEquals(1, document.get("version").intValue());
        assertEquals(List.of("mapsChecked", "errors", "warnings", "infos"), fieldNames(document.get("summary")));
        JsonNode summary = document.get("summary");
        assertEquals(2, summary.get("mapsChecked").intValue());
        assertEquals(2, summary.get("errors").intValue());
        assertEquals(1, summary.get("warnings").intValue());
        assertEquals(1, summary.get("infos").intValue());
    }

    @Test
    void quotesSayForEachMapWithQuotesWhetherAndAgainstWhatTheyWereChecked() throws Exception {
        CheckResults results = new CheckResults(List.of("a.yaml", "b.yaml", "c.yaml"), List.of(), false, List.of(
                new QuoteCheck("a.yaml", 3, Optional.of("essay.txt"), Optional.empty()),
                QuoteCheck.none("b.yaml"),
                new QuoteCheck("c.yaml", 1, Optional.empty(), Optional.of(QuoteCheck.NO_SOURCE))));
        JsonNode quotes = parse(new JsonReporter().report(results)).get("quotes");
        assertEquals(2, quotes.size(), quotes::toString);
        assertEquals(List.of("file", "quotes", "checkedAgainst", "notChecked"), fieldNames(quotes.get(0)));
        assertEquals("essay.txt", quotes.get(0).get("checkedAgainst").textValue());
        assertTrue(quotes.get(0).get("notChecked").isNull());
        assertEquals("c.yaml", quotes.get(1).get("file").textValue());
        assertTrue(quotes.get(1).get("checkedAgainst").isNull());
        assertEquals(QuoteCheck.NO_SOURCE, quotes.get(1).get("notChecked").textValue());
    }

    @Test
    void eachFindingHasEveryFieldInAStableOrder() throws Exception {
        JsonNode findings = parse(new JsonReporter().report(SampleResults.RESULTS)).get("findings");
        assertEquals(SampleResults.FINDINGS.size(), findings.size());
        for (JsonNode finding : findings) {
            assertEquals(List.of("file", "line", "column", "endLine", "endColumn", "severity", "rule", "message", "hint",
                    "related"), fieldNames(finding));
            assertTrue(finding.get("related").isArray() && finding.get("related").isEmpty(), finding::toString);
        }
        JsonNode dangling = findings.get(1);
        assertEquals("maps/essay.yaml", dangling.get("file").textValue());
        assertEquals(10, dangling.get("line").intValue());
        assertEquals(15, dangling.get("column").intValue());
        assertEquals(10, dangling.get("endLine").intValue());
        assertEquals(30, dangling.get("endColumn").intValue());
        assertEquals("error", dangling.get("severity").textValue());
        assertEquals("dangling-reference", dangling.get("rule").textValue());
        assertEquals("'separate-fihgts' is not a statement or argument of this map", dangling.get("message").textValue());
        assertEquals("did you mean 'separate-fights'?", dangling.get("hint").textValue());
        assertEquals("warning", findings.get(0).get("severity").textValue());
        assertEquals("info", findings.get(3).get("severity").textValue());
    }

    @Test
    void relatedLocationsAreListedWithTheirPlaceAndLabel() throws Exception {
        Diagnostic d = Diagnostic.error("duplicate-id", Location.span("m.yaml", 9, 3, 8), "argument id 'x' is taken")
                .withRelated(List.of(new Diagnostic.Related(Location.span("m.yaml", 4, 3, 8), "the statement with this id")));
        JsonNode related = parse(new JsonReporter().report(new CheckResults(List.of("m.yaml"), List.of(d))))
                .get("findings").get(0).get("related");
        assertEquals(1, related.size());
        JsonNode first = related.get(0);
        assertEquals(List.of("file", "line", "column", "endLine", "endColumn", "message"), fieldNames(first));
        assertEquals("m.yaml", first.get("file").textValue());
        assertEquals(4, first.get("line").intValue());
        assertEquals(3, first.get("column").intValue());
        assertEquals(11, first.get("endColumn").intValue());
        assertEquals("the statement with this id", first.get("message").textValue());
    }

    @Test
    void missingHintIsNull() throws Exception {
        JsonNode last = parse(new JsonReporter().report(SampleResults.RESULTS)).get("findings").get(3);
        assertTrue(last.has("hint"));
        assertTrue(last.get("hint").isNull());
    }

    @Test
    void quotesBackslashesControlCharactersAndNonAsciiSurviveTheRoundTrip() throws Exception {
        String message = "say \"no\" to C:\\maps\\a.yaml\tthen\nstop\u0001 \u0000 café 😀 \u2028 end";
        String file = "maps/ünïcode \"dir\"\\x.yaml";
        Diagnostic d = new Diagnostic("schema", Severity.ERROR, Location.at(file, 1, 1), message, Optional.of("ß"));
        String json = new JsonReporter().report(new CheckResults(List.of(file), List.of(d)));
        JsonNode finding = parse(json).get("findings").get(0);
        assertEquals(message, finding.get("message").textValue());
        assertEquals(file, finding.get("file").textValue());
        assertEquals("ß", finding.get("hint").textValue());
        assertTrue(json.chars().allMatch(c -> c < 0x80), "non-ASCII is escaped: " + json);
        assertTrue(json.contains("say \\\"no\\\" to C:\\\\maps\\\\a.yaml\\tthen\\nstop\\u0001 \\u0000 caf\\u00E9"), json);
        assertTrue(json.contains("\\uD83D\\uDE00"), "a character outside the BMP is a surrogate pair: " + json);
    }

    @Test
    void everyControlDeleteAndTheLineSeparatorsAreEscaped() throws Exception {
        StringBuilder message = new StringBuilder();
        java.util.stream.IntStream.concat(java.util.stream.IntStream.range(0, 0x20),
                java.util.stream.IntStream.of(0x7f, 0x85, 0x9b, 0x2028, 0x2029, 0x202e)).forEach(message::appendCodePoint);
        Diagnostic d = new Diagnostic("schema", Severity.ERROR, Location.at("a.yaml", 1, 1), message.toString(), Optional.empty());
        String json = new JsonReporter().report(new CheckResults(List.of("a.yaml"), List.of(d)));
        assertTrue(json.chars().allMatch(c -> c == '\n' || (c >= 0x20 && c < 0x7f)), "only printable ASCII and line ends: " + json);
        assertTrue(json.contains("\\u007F") && json.contains("\\u2028") && json.contains("\\u202E"), json);
        assertEquals(message.toString(), parse(json).get("findings").get(0).get("message").textValue());
    }

    @Test
    void noFindingsGiveAnEmptyListAndZeroCounts() throws Exception {
        String json = new JsonReporter().report(new CheckResults(List.of("a.yaml"), List.of()));
        assertTrue(json.contains("\"findings\": [],"), json);
        JsonNode summary = parse(json).get("summary");
        assertEquals(1, summary.get("mapsChecked").intValue());
        assertEquals(0, summary.get("errors").intValue() + summary.get("warnings").intValue() + summary.get("infos").intValue());
    }

    @Test
    void outputEndsWithOneLineBreakAndHasNoCarriageReturns() {
        String json = new JsonReporter().report(SampleResults.RESULTS);
        assertTrue(json.endsWith("}\n"), json);
        assertTrue(json.indexOf('\r') < 0);
    }
}
