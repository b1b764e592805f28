package org.argmap.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.EvaluationRules;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Strengths;
import org.argmap.model.ArgumentMap;
import org.argmap.report.EvaluatedMap;

/**
 * Decides which checked maps are evaluated, and says when an evaluation did not converge. A map
 * that did not load, or has an error, is not evaluated: a dangling reference or a missing thesis
 * leaves nothing meaningful to compute. The exception is {@code expectation-failed}, which is
 * itself about the evaluation's outcome. When the strengths do not converge, a
 * {@code not-converged} finding says so, at the level the map's settings give that rule. The evaluation itself is made once, by
 * {@link MapChecker}, which asks {@link #blocksEvaluation} first.
 */
public final class MapEvaluator {

    /**
     * A checked map and, if it could be evaluated, its evaluation.
     *
     * @param findings the check's findings plus, when the strengths did not converge and the rule
     *                 is on, that finding; in the order they are printed
     */
    public record Outcome(CheckedMap checked, Optional<EvaluatedMap> evaluated, List<Diagnostic> findings) {
        public Outcome {
            findings = List.copyOf(findings);
        }

        public boolean converged() {
            return evaluated.map(e -> e.evaluation().converged()).orElse(true);
        }

        /**
         * Fails like the check (errors, or warnings when strict), and also when strengths did not
         * converge, unless the map's settings turn {@code not-converged} off.
         */
        public boolean fails() {
            return checked.fails() || findings.stream().anyMatch(d -> d.rule().equals(RuleIds.NOT_CONVERGED));
        }

        /** Whether any of the outcomes fails. */
        public static boolean anyFails(List<Outcome> outcomes) {
            return outcomes.stream().anyMatch(Outcome::fails);
        }
    }

    /**
     * The map's outcome: evaluated when it was evaluated while checked (asked for, and no finding
     * blocks it), with the warning when its strengths did not converge.
     */
    public Outcome outcome(CheckedMap checked) {
        Optional<ArgumentMap> map = checked.map();
        if (map.isEmpty() || checked.evaluation().isEmpty()
                || checked.diagnostics().stream().anyMatch(MapEvaluator::blocksEvaluation)) {
            return new Outcome(checked, Optional.empty(), checked.diagnostics());
        }
        Evaluation evaluation = checked.evaluation().get();
        List<Diagnostic> findings = new ArrayList<>(checked.diagnostics());
        if (!evaluation.converged()) {
            checked.rules().severityOf(EvaluationRules.NOT_CONVERGED).ifPresent(severity ->
                    findings.add(notConverged(map.get(), evaluation).withSeverity(severity)));
            findings.sort(Diagnostic.BY_POSITION);
        }
        return new Outcome(checked, Optional.of(new EvaluatedMap(map.get(), evaluation)), findings);
    }

    /** Errors stop evaluation, except a failed expectation, which is about the evaluation itself. */
    public static boolean blocksEvaluation(Diagnostic finding) {
        return finding.severity() == Severity.ERROR && !finding.rule().equals(RuleIds.EXPECTATION_FAILED);
    }

    /**
     * The finding for strengths that did not converge, at its default level. It stands at the
     * map's {@code statements} key: the ids still moving include those that merely depend on a
     * cycle (often the thesis), so none of them is the place to fix.
     */
    public static Diagnostic notConverged(ArgumentMap map, Evaluation evaluation) {
        RuleInfo rule = EvaluationRules.NOT_CONVERGED;
        return new Diagnostic(rule.id(), rule.defaultSeverity(), map.statementsLocation(),
                Strengths.notConvergedFinding(evaluation), Optional.of(Strengths.HOW_TO_SETTLE));
    }
}
