package org.argmap.diagnostic;

import java.util.List;

/**
 * The rules reported after a map is evaluated, outside the checker: {@code evaluate} reports
 * them, and settings may change their level like a check rule's. Listed with the check rules
 * wherever rules are listed (the SARIF catalogue, {@code --rule}, {@code argmap.yaml}).
 */
public final class EvaluationRules {

    /** Strengths that did not settle within the evaluator's rounds, so none is shown. */
    public static final RuleInfo NOT_CONVERGED = new RuleInfo(RuleIds.NOT_CONVERGED, Severity.WARNING, true,
            "strengths did not settle during evaluation (attack cycles keep them moving), so none is shown",
            "Make the statements in the attack cycle less than certain: with weights below 1 the swings shrink"
                    + " each round and the strengths settle.");

    private static final List<RuleInfo> ALL = List.of(NOT_CONVERGED);

    private EvaluationRules() {
    }

    /** Every rule reported after evaluation, sorted by id. */
    public static List<RuleInfo> all() {
        return ALL;
    }
}
