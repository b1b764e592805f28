package org.argmap.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;
import org.argmap.report.EvaluatedMap;

/**
 * Decides which checked maps are evaluated, and says when an evaluation did not converge. A map
 * that did not load, or has an error, is not evaluated: a dangling reference or a missing thesis
 * leaves nothing meaningful to compute. The exception is {@value #EXPECTATION_FAILED}, which is
 * itself about the evaluation's outcome. When the strengths do not converge, a
 * {@value #NOT_CONVERGED} warning says so. The evaluation itself is made once, by
 * {@link MapChecker}, which asks {@link #blocksEvaluation} first.
 */
public final class MapEvaluator {

    /** The check rule comparing a map's {@code expect} block with its evaluation. */
    public static final String EXPECTATION_FAILED = "expectation-failed";
    /** The id of the warning for strengths that did not converge; not a check rule. */
    public static final String NOT_CONVERGED = "not-converged";
    /** How many of the ids still moving the warning names. */
    static final int UNSETTLED_NAMED = 5;

    /**
     * A checked map and, if it could be evaluated, its evaluation.
     *
     * @param findings the check's findings plus, when the strengths did not converge, that warning;
     *                 in the order they are printed
     */
    public record Outcome(CheckedMap checked, Optional<EvaluatedMap> evaluated, List<Diagnostic> findings) {
        public Outcome {
            findings = List.copyOf(findings);
        }

        public boolean converged() {
            return evaluated.map(e -> e.evaluation().converged()).orElse(true);
        }

        /** Fails like the check (errors, or warnings when strict), and also when strengths did not converge. */
        public boolean fails() {
            return checked.fails() || !converged();
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
            findings.add(notConverged(map.get(), evaluation));
            findings.sort(Diagnostic.BY_POSITION);
        }
        return new Outcome(checked, Optional.of(new EvaluatedMap(map.get(), evaluation)), findings);
    }

    /** Errors stop evaluation, except a failed expectation, which is about the evaluation itself. */
    public static boolean blocksEvaluation(Diagnostic finding) {
        return finding.severity() == Severity.ERROR && !finding.rule().equals(EXPECTATION_FAILED);
    }

    /**
     * The warning for strengths that did not converge. It stands at the map's {@code statements}
     * key: the ids still moving include those that merely depend on a cycle (often the thesis), so
     * none of them is the place to fix.
     */
    public static Diagnostic notConverged(ArgumentMap map, Evaluation evaluation) {
        if (evaluation.converged()) {
            throw new IllegalArgumentException("the strengths of " + map.file() + " converged");
        }
        List<String> unsettled = evaluation.unsettled();
        List<String> named = unsettled.stream().limit(UNSETTLED_NAMED).map(id -> "'" + id + "'").toList();
        String more = unsettled.size() > named.size() ? " and " + (unsettled.size() - named.size()) + " more" : "";
        String message = "strengths did not converge in " + evaluation.rounds() + " rounds, so none is shown;"
                + " still moving: " + String.join(", ", named) + more;
        return new Diagnostic(NOT_CONVERGED, Severity.WARNING, map.statementsLocation(), message,
                Optional.of("cycles through attacks swing slowly or for ever when their statements weigh near 1;"
                        + " lower weights settle sooner"));
    }
}
