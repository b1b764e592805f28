package org.argmap.evaluate;

import java.util.List;
import java.util.Locale;

/**
 * How strengths, and their absence, are put into words: one wording for the terminal, the table,
 * the diagram and the page, so they cannot drift apart.
 */
public final class Strengths {

    /** Decimals in the evaluation table: enough to tell apart what weights of one or two decimals give. */
    public static final int TABLE_DECIMALS = 3;
    /** Decimals on a diagram and the page: enough to compare claims, few enough to read at a glance. */
    public static final int DIAGRAM_DECIMALS = 2;
    /** How many of the ids still moving a not-converged finding names. */
    public static final int UNSETTLED_NAMED = 5;
    /** What to do about strengths that do not converge: the not-converged finding's hint. */
    public static final String HOW_TO_SETTLE = "cycles through attacks swing slowly or for ever when their statements"
            + " weigh near 1; lower weights settle sooner";

    private static final String CAUSE = "attack cycles keep them moving";

    private Strengths() {
    }

    /** {@code value} with this many decimals and a dot whatever the locale, e.g. {@code 0.69} for 0.6875 and 2. */
    public static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * The sentence for strengths that did not converge, lower case and without a full stop:
     * "strengths did not converge in 1000 rounds, so none is shown".
     *
     * @throws IllegalArgumentException when the strengths converged
     */
    public static String notConverged(Evaluation evaluation) {
        if (evaluation.converged()) {
            throw new IllegalArgumentException("the strengths converged");
        }
        return "strengths did not converge in " + evaluation.rounds() + " rounds, so none is shown";
    }

    /** {@link #notConverged} and why, for readers who have no hint beside it: "... (attack cycles keep them moving)". */
    public static String notConvergedAndWhy(Evaluation evaluation) {
        return notConverged(evaluation) + " (" + CAUSE + ")";
    }

    /**
     * The message of the finding for strengths that did not converge: {@link #notConverged} and the
     * first {@value #UNSETTLED_NAMED} ids still moving, with how many more there are.
     */
    public static String notConvergedFinding(Evaluation evaluation) {
        List<String> unsettled = evaluation.unsettled();
        List<String> named = unsettled.stream().limit(UNSETTLED_NAMED).map(id -> "'" + id + "'").toList();
        String more = unsettled.size() > named.size() ? " and " + (unsettled.size() - named.size()) + " more" : "";
        return notConverged(evaluation) + "; still moving: " + String.join(", ", named) + more;
    }
}
