package org.argmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Label;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class EvaluationJsonReportTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static final String WITH_ARGUMENTS = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              b:
                text: B.
                weight: 0.3
              a:
                text: A.
                weight: 0.7
              rival:
                text: R.
                weight: 0.9
            arguments:
              together:
                kind: support
                premises: [a, b]
                conclusion: thesis
              against:
                kind: attack
                premises: [rival]
                conclusion: thesis
            """;

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** The labels of {@link EvaluatedMaps#ATTACKED_THESIS}, in map order. */
    private static Map<String, Label> labels() {
        Map<String, Label> labels = new LinkedHashMap<>();
        labels.put("thesis", Label.REJECTED);
        labels.put("objection", Label.ACCEPTED);
        return labels;
    }

    private static JsonNode parse(String json) throws Exception {
        return MAPPER.readTree(json);
    }

    @Test
    void oneMapIsTheObjectTheFormatSpecifies() throws Exception {
        JsonNode document = parse(new EvaluationJsonReport().report(
                EvaluatedMaps.evaluate("m.yaml", EvaluatedMaps.ATTACKED_THESIS)));
        assertEquals(List.of("statements", "arguments"), fieldNames(document));
        JsonNode statements = document.get("statements");
        assertEquals(List.of("thesis", "objection"), fieldNames(statements));
        assertEquals(List.of("label", "strength"), fieldNames(statements.get("thesis")));
        assertEquals("rejected", statements.get("thesis").get("label").textValue());
        // 0.5 - 0.5 * 0.5
        assertEquals(0.25, statements.get("thesis").get("strength").doubleValue());
        assertEquals("accepted", statements.get("objection").get("label").textValue());
        assertEquals(0.5, statements.get("objection").get("strength").doubleValue());
        assertTrue(document.get("arguments").isObject() && document.get("arguments").isEmpty(), document::toString);
    }

    @Test
    void idsComeInMapOrderAndStrengthsAreTheEvaluatorsDoubles() throws Exception {
        EvaluatedMap evaluated = EvaluatedMaps.evaluate("m.yaml", WITH_ARGUMENTS);
        JsonNode document = parse(new EvaluationJsonReport().report(evaluated));
        assertEquals(List.of("thesis", "b", "a", "rival"), fieldNames(document.get("statements")));
        assertEquals(List.of("together", "against"), fieldNames(document.get("arguments")));
        Evaluation evaluation = evaluated.evaluation();
        for (String group : List.of("statements", "arguments")) {
            document.get(group).fields().forEachRemaining(node -> {
                String id = node.getKey();
                assertTrue(node.getValue().get("strength").isNumber(), id);
                assertEquals(evaluation.strengths().get(id), node.getValue().get("strength").doubleValue(), 0.0, id);
                assertEquals(evaluation.labels().get(id).word(), node.getValue().get("label").textValue(), id);
            });
        }
    }

    @Test
    void strengthsAreWrittenInTheShortestFormThatReadsBackTheSameDouble() {
        ArgumentMap map = EvaluatedMaps.load("m.yaml", EvaluatedMaps.ATTACKED_THESIS);
        Map<String, Double> strengths = new LinkedHashMap<>();
        strengths.put("thesis", 0.1 + 0.2);
        strengths.put("objection", 1e-5);
        Evaluation evaluation = new Evaluation(labels(), strengths, true, 0, List.of());
        String json = new EvaluationJsonReport().report(new EvaluatedMap(map, evaluation));
        assertTrue(json.contains("\"strength\": 0.30000000000000004"), json);
        assertTrue(json.contains("\"strength\": 1.0E-5"), json);
    }

    @Test
    void strengthsThatDidNotConvergeAreNullAndLabelsStay() throws Exception {
        JsonNode statements = parse(new EvaluationJsonReport().report(
                EvaluatedMaps.evaluate("m.yaml", EvaluatedMaps.SWINGING_CYCLE))).get("statements");
        assertEquals(List.of("t", "p", "q"), fieldNames(statements));
        statements.elements().forEachRemaining(node -> assertTrue(node.get("strength").isNull(), node::toString));
        assertEquals("accepted", statements.get("t").get("label").textValue());
        assertEquals("undecided", statements.get("p").get("label").textValue());
    }

    @Test
    void aStrengthThatIsNotANumberIsRefusedRatherThanWrittenAsInvalidJson() {
        ArgumentMap map = EvaluatedMaps.load("m.yaml", EvaluatedMaps.ATTACKED_THESIS);
        Map<String, Double> strengths = new LinkedHashMap<>();
        strengths.put("thesis", Double.NaN);
        strengths.put("objection", 0.5);
        Evaluation evaluation = new Evaluation(labels(), strengths, true, 0, List.of());
        assertThrows(IllegalStateException.class,
                () -> new EvaluationJsonReport().report(new EvaluatedMap(map, evaluation)));
    }

    @Test
    void severalMapsAreKeyedByFileInTheOrderGivenWithNullForMapsNotEvaluated() throws Exception {
        EvaluatedMap first = EvaluatedMaps.evaluate("maps/b.yaml", EvaluatedMaps.ATTACKED_THESIS);
        EvaluatedMap second = EvaluatedMaps.evaluate("maps/a.yaml", WITH_ARGUMENTS);
        EvaluationJsonReport report = new EvaluationJsonReport();
        JsonNode document = parse(report.reportByFile(
                List.of("maps/b.yaml", "maps/broken.yaml", "maps/a.yaml"), List.of(second, first)));
        assertEquals(List.of("maps/b.yaml", "maps/broken.yaml", "maps/a.yaml"), fieldNames(document));
        assertTrue(document.get("maps/broken.yaml").isNull());
        assertEquals(parse(report.report(first)), document.get("maps/b.yaml"));
        assertEquals(parse(report.report(second)), document.get("maps/a.yaml"));
    }

    @Test
    void anEvaluatedMapMissingFromTheFilesIsRefused() {
        EvaluatedMap evaluated = EvaluatedMaps.evaluate("maps/a.yaml", EvaluatedMaps.ATTACKED_THESIS);
        assertThrows(IllegalArgumentException.class,
                () -> new EvaluationJsonReport().reportByFile(List.of("maps/b.yaml"), List.of(evaluated)));
    }

    @Test
    void outputEndsWithALineBreakAndUsesLfOnly() {
        String json = new EvaluationJsonReport().report(EvaluatedMaps.evaluate("m.yaml", EvaluatedMaps.ATTACKED_THESIS));
        assertTrue(json.endsWith("}\n"), json);
        assertTrue(!json.contains("\r"), json);
    }
}
