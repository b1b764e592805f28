package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.evaluate.Label;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;

class CheckerTest {

    /** Two errors written in reverse order of their rules' ids, one unused perspective, one unanswered counterpoint. */
    private static final String FLAWED = """
            argmap: 1
            perspectives:
              unused:
            statements:
              thesis:
                kind: thesis
                text: T.
              objection:
                text: O.
                attacks: thesis
              loose-end:
                text: L.
              reason:
                text: R.
                supports: thesys
            """;

    private static CheckContext context(String yaml) {
        LoadResult loaded = new MapLoader().load("flawed.yaml", yaml);
        return CheckContext.of(loaded.map().orElseThrow());
    }

    private static List<String> rulesOf(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.rule() + "@" + d.location().line()).toList();
    }

    @Test
    void defaultsRunEnabledRulesAndSortByPosition() {
        List<Diagnostic> found = Checker.withDefaults().check(context(FLAWED));
        assertEquals(List.of("unused-perspective@3", "unrelated-statement@11", "dangling-reference@15"), rulesOf(found));
        assertEquals(List.of(Severity.WARNING, Severity.ERROR, Severity.ERROR),
                found.stream().map(Diagnostic::severity).toList());
    }

    @Test
    void overrideEnablesARuleThatIsOffByDefault() {
        RuleSettings settings = RuleSettings.DEFAULTS.with("unanswered-counterpoint", Optional.of(Severity.WARNING));
        List<Diagnostic> found = Checker.of(settings).check(context(FLAWED));
        Diagnostic unanswered = found.stream().filter(d -> d.rule().equals("unanswered-counterpoint"))
                .findFirst().orElseThrow();
        assertEquals(Severity.WARNING, unanswered.severity());
        assertEquals(8, unanswered.location().line());
    }

    @Test
    void overrideChangesSeverityOrTurnsARuleOff() {
        RuleSettings settings = RuleSettings.DEFAULTS
                .with("unused-perspective", Optional.of(Severity.ERROR))
                .with("dangling-reference", Optional.empty());
        List<Diagnostic> found = Checker.of(settings).check(context(FLAWED));
        assertEquals(List.of("unused-perspective@3", "unrelated-statement@11"), rulesOf(found));
        assertEquals(Severity.ERROR, found.get(0).severity());
    }

    @Test
    void settingsNamingAnUnknownRuleAreRejectedWithASuggestion() {
        RuleSettings settings = RuleSettings.DEFAULTS.with("dangling-refernce", Optional.empty());
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Checker.of(settings));
        assertTrue(error.getMessage().contains("did you mean 'dangling-reference'?"), error.getMessage());
    }

    @Test
    void essayMapShippedWithTheProjectHasNoErrors() throws IOException {
        LoadResult loaded = new MapLoader().load(Path.of("maps/st-petersburg-bombing.yaml"));
        assertTrue(loaded.diagnostics().isEmpty(), () -> RuleTester.describe(loaded.diagnostics()));
        List<Diagnostic> found = Checker.withDefaults().check(CheckContext.of(loaded.map().orElseThrow()));
        assertTrue(found.stream().noneMatch(d -> d.severity() == Severity.ERROR), () -> RuleTester.describe(found));
    }

    /** Every expectation is wrong: the objection is rejected and the thesis accepted. */
    private static final String WRONG_EXPECTATIONS = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              objection:
                text: O.
                attacks: thesis
              answer:
                text: A.
                attacks: objection
            expect:
              accepted: [objection]
              rejected: [thesis]
            """;

    @Test
    void onlyAnEnabledRuleWithAnExpectBlockNeedsTheEvaluation() {
        assertTrue(Checker.withDefaults().needsEvaluation(context(WRONG_EXPECTATIONS)));
        assertFalse(Checker.withDefaults().needsEvaluation(context(FLAWED)), "no expect block");
        Checker expectationsOff = Checker.of(RuleSettings.DEFAULTS.with("expectation-failed", Optional.empty()));
        assertFalse(expectationsOff.needsEvaluation(context(WRONG_EXPECTATIONS)));
    }

    @Test
    void aContextWithoutTheEvaluationARuleNeedsIsEvaluatedByTheChecker() {
        List<Diagnostic> found = Checker.withDefaults().check(context(WRONG_EXPECTATIONS));
        assertEquals(List.of("expectation-failed@13", "expectation-failed@14"), rulesOf(found));
    }

    /**
     * The evaluation the caller gives is the one the rules read, not one made again: here one
     * that labels the map as its expect block says (each attacked statement wins), so nothing fails.
     */
    @Test
    void theEvaluationInTheContextIsTheOneTheRulesRead() {
        CheckContext context = context(WRONG_EXPECTATIONS);
        Evaluation computed = new Evaluator().evaluate(context.map());
        Map<String, Label> swapped = new LinkedHashMap<>(computed.labels());
        swapped.put("objection", Label.ACCEPTED);
        swapped.put("thesis", Label.REJECTED);
        Evaluation given = new Evaluation(swapped, computed.strengths(), computed.converged(), computed.rounds(),
                computed.unsettled());
        assertEquals(List.of(), Checker.withDefaults().check(context.withEvaluation(given)));
    }
}
