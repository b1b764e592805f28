package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.check.CheckContext;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.report.QuoteCheck;
import org.junit.jupiter.api.Test;

class MapEvaluatorTest {

    private static final String FILE = "m.yaml";
    private static final String MAP = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              objection:
                text: O.
                attacks: thesis
            """;

    /** Three separate pairs of certain statements attacking each other: six ids never settle. */
    private static final String THREE_SWINGING_PAIRS = """
            argmap: 1
            statements:
              t:
                kind: thesis
                text: T.
              a1: {text: A1., weight: 1, attacks: [a2, t]}
              a2: {text: A2., weight: 1, attacks: a1}
              b1: {text: B1., weight: 1, attacks: [b2, t]}
              b2: {text: B2., weight: 1, attacks: b1}
              c1: {text: C1., weight: 1, attacks: [c2, t]}
              c2: {text: C2., weight: 1, attacks: c1}
            """;

    /** A checked map as {@link MapChecker} makes one when asked to evaluate, with the findings given. */
    private static CheckedMap checked(String yaml, List<Diagnostic> findings, boolean strict) {
        return checked(yaml, findings, strict, RuleSettings.DEFAULTS);
    }

    private static CheckedMap checked(String yaml, List<Diagnostic> findings, boolean strict, RuleSettings rules) {
        LoadResult load = new MapLoader().load(FILE, yaml);
        return new CheckedMap(Path.of(FILE), load, findings, strict, Optional.empty(), QuoteCheck.none(FILE),
                load.map().map(map -> new Evaluator().evaluate(map)), rules, org.argmap.load.BuiltInSchemes.catalogue());
    }

    private static Diagnostic finding(String rule, Severity severity) {
        return new Diagnostic(rule, severity, Location.at(FILE, 3, 3), "a finding", Optional.empty());
    }

    @Test
    void mapWithoutErrorsIsEvaluatedAndDoesNotFail() {
        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(
                checked(MAP, List.of(finding("disconnected", Severity.WARNING)), false));
        assertTrue(outcome.evaluated().isPresent());
        assertEquals(1, outcome.findings().size());
        assertFalse(outcome.fails());
    }

    @Test
    void anErrorStopsEvaluationAndFails() {
        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(
                checked(MAP, List.of(finding("dangling-reference", Severity.ERROR)), false));
        assertTrue(outcome.evaluated().isEmpty());
        assertTrue(outcome.fails());
    }

    @Test
    void aFailedExpectationDoesNotStopEvaluationButFails() {
        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(
                checked(MAP, List.of(finding(RuleIds.EXPECTATION_FAILED, Severity.ERROR)), false));
        assertTrue(outcome.evaluated().isPresent());
        assertTrue(outcome.fails());
    }

    @Test
    void theExpectationRuleIdIsTheCheckersOwn() {
        assertTrue(Rules.byId(RuleIds.EXPECTATION_FAILED).isPresent(),
                "no check rule has the id " + RuleIds.EXPECTATION_FAILED);
        assertTrue(Rules.byId(RuleIds.NOT_CONVERGED).isEmpty(), "not-converged is evaluate's, not a check rule");
        assertTrue(Rules.settable(RuleIds.NOT_CONVERGED).isPresent(), "but settings may name it");
    }

    @Test
    void aFileThatDidNotLoadIsNotEvaluated() {
        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(checked("argmap: 1\nstatements: [", List.of(), false));
        assertTrue(outcome.evaluated().isEmpty());
    }

    @Test
    void warningsFailOnlyWhenStrict() {
        Diagnostic warning = finding("disconnected", Severity.WARNING);
        assertFalse(new MapEvaluator().outcome(checked(MAP, List.of(warning), false)).fails());
        MapEvaluator.Outcome strict = new MapEvaluator().outcome(checked(MAP, List.of(warning), true));
        assertTrue(strict.evaluated().isPresent(), "warnings never stop evaluation");
        assertTrue(strict.fails());
    }

    @Test
    void strengthsThatDoNotConvergeAddAWarningAndFail() {
        MapEvaluator.Outcome outcome = new MapEvaluator().outcome(checked(THREE_SWINGING_PAIRS, List.of(), false));
        assertTrue(outcome.evaluated().isPresent());
        assertFalse(outcome.converged());
        assertTrue(outcome.fails());
        assertEquals(List.of(RuleIds.NOT_CONVERGED), outcome.findings().stream().map(Diagnostic::rule).toList());
        assertEquals(Severity.WARNING, outcome.findings().get(0).severity());
    }

    @Test
    void notConvergedTakesItsLevelFromTheMapsSettingsAndOffNeitherReportsNorFails() {
        RuleSettings off = RuleSettings.DEFAULTS.with(RuleIds.NOT_CONVERGED, Optional.empty());
        MapEvaluator.Outcome quiet = new MapEvaluator().outcome(checked(THREE_SWINGING_PAIRS, List.of(), false, off));
        assertFalse(quiet.converged());
        assertEquals(List.of(), quiet.findings());
        assertFalse(quiet.fails());
        RuleSettings error = RuleSettings.DEFAULTS.with(RuleIds.NOT_CONVERGED, Optional.of(Severity.ERROR));
        MapEvaluator.Outcome loud = new MapEvaluator().outcome(checked(THREE_SWINGING_PAIRS, List.of(), false, error));
        assertEquals(Severity.ERROR, loud.findings().get(0).severity());
        assertTrue(loud.fails());
    }

    @Test
    void notConvergedWarningNamesTheRoundsAndTheFirstFiveIdsStillMovingAtTheStatementsKey() {
        ArgumentMap map = new MapLoader().load(FILE, THREE_SWINGING_PAIRS).map().orElseThrow();
        Evaluation evaluation = new Evaluator().evaluate(map);
        assertEquals(List.of("t", "a1", "a2", "b1", "b2", "c1", "c2"), evaluation.unsettled());
        Diagnostic warning = MapEvaluator.notConverged(map, evaluation);
        assertEquals("strengths did not converge in " + Evaluator.MAX_ROUNDS + " rounds, so none is shown; "
                + "still moving: 't', 'a1', 'a2', 'b1', 'b2' and 2 more", warning.message());
        assertEquals(map.statementsLocation(), warning.location());
        assertEquals(2, warning.location().line());
        assertTrue(warning.hint().isPresent());
    }

    @Test
    void notConvergedWarningIsRefusedForStrengthsThatConverged() {
        ArgumentMap map = new MapLoader().load(FILE, MAP).map().orElseThrow();
        assertThrows(IllegalArgumentException.class,
                () -> MapEvaluator.notConverged(map, new Evaluator().evaluate(map)));
    }

    @Test
    void theRunFailsWhenAnyMapFails() {
        MapEvaluator evaluator = new MapEvaluator();
        MapEvaluator.Outcome clean = evaluator.outcome(checked(MAP, List.of(), false));
        MapEvaluator.Outcome broken = evaluator.outcome(checked(MAP, List.of(finding("schema", Severity.ERROR)), false));
        assertFalse(MapEvaluator.Outcome.anyFails(List.of(clean)));
        assertTrue(MapEvaluator.Outcome.anyFails(List.of(clean, broken)));
    }
}
