package org.argmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.evaluate.Evaluator;
import org.argmap.evaluate.Label;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What {@link MapStats} counts, on small maps whose numbers can be read off the YAML. */
class MapStatsTest {

    private static MapStats count(String yaml) {
        ArgumentMap map = EvaluatedMaps.load("map.yaml", yaml);
        return MapStats.of(map, Optional.of(new Evaluator().evaluate(map)), QuoteCheck.none("map.yaml"), List.of());
    }

    /** A thesis, a premise of it, an objection and its answer, in two perspectives. */
    private static final String SMALL = """
            argmap: 1
            title: Small
            perspectives:
              for: {label: For it}
              against:
            statements:
              t:
                kind: thesis
                text: T.
              reason:
                perspective: for
                text: R.
                supports: t
              objection:
                perspective: against
                text: O.
                attacks: t
              answer:
                perspective: for
                text: A.
                attacks: objection
                implicit: true
            """;

    @Test
    void countsKindsPerspectivesSidesAndLabels() {
        MapStats stats = count(SMALL);
        assertEquals(Map.of(Kind.THESIS, 1, Kind.PREMISE, 1, Kind.COUNTERPOINT, 1, Kind.REBUTTAL, 1), stats.kinds());
        assertEquals(4, stats.statements());
        assertEquals(Map.of(ArgumentKind.SUPPORT, 0, ArgumentKind.ATTACK, 0), stats.arguments());
        assertEquals(List.of(new MapStats.PerspectiveCount("for", "For it", 2),
                new MapStats.PerspectiveCount("against", "against", 1)), stats.perspectives());
        assertEquals(1, stats.outside());
        assertEquals(Map.of(Side.PRO, 2, Side.CON, 1), stats.sides());
        assertEquals(0, stats.unlinked());
        // the objection is answered, so it falls; everything else stands
        assertEquals(Optional.of(Map.of(Label.ACCEPTED, 3, Label.REJECTED, 1, Label.UNDECIDED, 0)), stats.labels());
        assertEquals(2, stats.depth());
        assertEquals(Optional.of("answer"), stats.deepest());
        assertEquals(List.of(), stats.unanswered());
        assertEquals(1, stats.implicit());
        assertEquals(3, stats.unquoted());
    }

    static Stream<Arguments> depths() {
        return Stream.of(
                arguments("the thesis alone", """
                        argmap: 1
                        statements:
                          t: {kind: thesis, text: T.}
                        """, 0, "t"),
                arguments("a chain of three supports", """
                        argmap: 1
                        statements:
                          t: {kind: thesis, text: T.}
                          a: {text: A., supports: t}
                          b: {text: B., supports: a}
                          c: {text: C., supports: b}
                        """, 3, "c"),
                arguments("an argument's premises stand where the argument does; its undercut one further", """
                        argmap: 1
                        statements:
                          t: {kind: thesis, text: T.}
                          p: {text: P.}
                          q: {text: Q.}
                          u: {text: U., attacks: arg}
                        arguments:
                          arg: {kind: attack, premises: [p, q], conclusion: t}
                        """, 2, "u"),
                arguments("a statement reached two ways counts along the shorter", """
                        argmap: 1
                        statements:
                          t: {kind: thesis, text: T.}
                          a: {text: A., supports: t}
                          b: {text: B., supports: a}
                          both: {text: Both., supports: [b, t]}
                        """, 2, "b"),
                arguments("an attack cycle off the thesis ends", """
                        argmap: 1
                        statements:
                          t: {kind: thesis, text: T.}
                          a: {text: A., attacks: [t, b]}
                          b: {text: B., attacks: a}
                        """, 2, "b"),
                arguments("a statement not linked to the thesis has no depth", """
                        argmap: 1
                        statements:
                          t: {kind: thesis, text: T.}
                          a: {text: A., supports: t}
                          loose: {text: L., supports: other}
                          other: {text: O., attacks: loose}
                        """, 1, "a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("depths")
    void depthIsTheFarthestStatementFromTheThesis(String what, String yaml, int depth, String deepest) {
        MapStats stats = count(yaml);
        assertEquals(depth, stats.depth(), what);
        assertEquals(Optional.of(deepest), stats.deepest(), what);
    }

    @Test
    void withoutAThesisNothingHasADepthOrASide() {
        MapStats stats = count("""
                argmap: 1
                statements:
                  a: {text: A., supports: b}
                  b: {text: B.}
                """);
        assertEquals(0, stats.depth());
        assertEquals(Optional.empty(), stats.deepest());
        assertEquals(2, stats.unlinked());
        assertTrue(new StatsReport().text(stats).contains("  depth:        no thesis to count from\n"),
                new StatsReport().text(stats));
    }

    @Test
    void unansweredCounterpointsAreTheRulesOwn() {
        MapStats stats = count("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T.}
                  left-alone: {text: L., attacks: t}
                  answered: {text: A., attacks: t}
                  reply: {text: R., attacks: answered}
                  reason: {text: P., supports: t}
                  at-a-premise: {text: X., attacks: reason}
                """);
        // the objection to a premise is not one to the thesis, as for the rule unanswered-counterpoint
        assertEquals(List.of("left-alone"), stats.unanswered());
    }

    @Test
    void theTextNamesTenUnansweredCounterpointsAndCountsTheRest() {
        StringBuilder yaml = new StringBuilder("argmap: 1\nstatements:\n  t: {kind: thesis, text: T.}\n");
        for (int i = 1; i <= 12; i++) {
            yaml.append("  o").append(i).append(": {text: O., attacks: t}\n");
        }
        MapStats stats = count(yaml.toString());
        assertEquals(12, stats.unanswered().size());
        assertTrue(new StatsReport().text(stats).contains(
                "  unanswered:   12 counterpoints to the thesis: o1, o2, o3, o4, o5, o6, o7, o8, o9, o10 and 2 more\n"),
                new StatsReport().text(stats));
    }

    @Test
    void quotesAreCountedFoundOnlyWhenCheckedAgainstASource() {
        ArgumentMap map = EvaluatedMaps.load("map.yaml", SMALL);
        Diagnostic missing = Diagnostic.error(RuleIds.QUOTE_NOT_FOUND, Location.at("map.yaml", 9, 12), "not there");
        MapStats checked = MapStats.of(map, Optional.empty(),
                new QuoteCheck("map.yaml", 5, Optional.of("essay.txt"), Optional.empty()), List.of(missing));
        assertEquals(new MapStats.Quotes(5, Optional.of("essay.txt"), 1, Optional.empty()), checked.quotes());
        assertEquals(4, checked.quotes().found());
        assertTrue(new StatsReport().text(checked).contains("  quotes:       5 checked against essay.txt: 4 found, 1 not found\n"));
        assertTrue(new StatsReport().text(checked).contains("  evaluation:   not evaluated: the map has errors\n"));

        MapStats unchecked = MapStats.of(map, Optional.empty(),
                new QuoteCheck("map.yaml", 5, Optional.empty(), Optional.of(QuoteCheck.NO_SOURCE)), List.of());
        assertFalse(unchecked.quotes().checked());
        assertEquals(0, unchecked.quotes().found());
        assertTrue(new StatsReport().text(unchecked).contains("  quotes:       5 not checked: " + QuoteCheck.NO_SOURCE + "\n"));

        // a source.text that cannot be read has its own finding; the count says so too
        MapStats unreadable = MapStats.of(map, Optional.empty(),
                new QuoteCheck("map.yaml", 5, Optional.empty(), Optional.empty()), List.of(missing));
        assertEquals(Optional.of(MapStats.UNREADABLE_SOURCE), unreadable.quotes().whyNot());
        assertEquals(0, unreadable.quotes().notFound());
    }

    @Test
    void textHasOneLinePerMeasureWithTheBalanceAsShares() {
        assertEquals("""
                map.yaml
                Small
                  statements:   4: 1 thesis, 1 premise, 1 counterpoint, 1 rebuttal
                  arguments:    0
                  perspectives: For it 2, against 1; 1 outside any
                  balance:      For it 67% vs against 33% of the 3 statements in perspectives
                  sides:        2 for the thesis, 1 against
                  evaluation:   3 accepted, 1 rejected, 0 undecided
                  depth:        2 steps from the thesis, at answer
                  unanswered:   no counterpoint to the thesis is left unanswered
                  implicit:     1 statement reconstructed (implicit: true)
                  unquoted:     3 statements with no quote and not implicit
                  quotes:       none
                """, new StatsReport().text(count(SMALL)));
    }

    @Test
    void balanceNeedsTwoPerspectivesWithStatements() {
        MapStats none = count("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T.}
                """);
        assertTrue(new StatsReport().text(none).contains("  balance:      no perspectives to compare\n"));
        MapStats one = count("""
                argmap: 1
                perspectives: {only: }
                statements:
                  t: {kind: thesis, text: T.}
                  a: {text: A., supports: t, perspective: only}
                """);
        assertTrue(new StatsReport().text(one).contains(
                "  balance:      nothing to compare: fewer than two perspectives have statements\n"));
    }

    @Test
    void jsonHasTheDocumentedShape() throws Exception {
        JsonNode json = new ObjectMapper().readTree(new StatsReport().json(count(SMALL)));
        assertEquals(List.of("file", "title", "statements", "arguments", "perspectives", "outsidePerspectives", "sides",
                "labels", "depth", "deepest", "unansweredCounterpoints", "implicit", "unquoted", "quotes"),
                fieldNames(json));
        assertEquals(List.of("total", "thesis", "premise", "counterpoint", "rebuttal"), fieldNames(json.get("statements")));
        assertEquals(4, json.get("statements").get("total").asInt());
        assertEquals(List.of("total", "support", "attack"), fieldNames(json.get("arguments")));
        assertEquals("For it", json.get("perspectives").get(0).get("label").asText());
        assertEquals(2, json.get("perspectives").get(0).get("statements").asInt());
        assertEquals(List.of("pro", "con", "unlinked"), fieldNames(json.get("sides")));
        assertEquals(List.of("accepted", "rejected", "undecided"), fieldNames(json.get("labels")));
        assertTrue(json.get("unansweredCounterpoints").isArray());
        assertEquals(List.of("total", "checkedAgainst", "found", "notFound", "notChecked"), fieldNames(json.get("quotes")));
        assertTrue(json.get("quotes").get("found").isNull(), "not checked: no count of found quotes");
    }

    @Test
    void jsonByFileKeepsTheOrderAndNullsWhatWasNotCounted() throws Exception {
        MapStats small = count(SMALL);
        JsonNode json = new ObjectMapper().readTree(new StatsReport().jsonByFile(List.of("broken.yaml", "map.yaml"),
                List.of(small)));
        assertEquals(List.of("broken.yaml", "map.yaml"), fieldNames(json));
        assertTrue(json.get("broken.yaml").isNull());
        assertEquals("map.yaml", json.get("map.yaml").get("file").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
