package org.argmap.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;

/**
 * Evaluation results as JSON, for scripts. One map is the object the format specifies:
 *
 * <pre>
 * {"statements": {"&lt;id&gt;": {"label": "accepted", "strength": 0.59375}, ...},
 *  "arguments": {"&lt;id&gt;": {"label": ..., "strength": ...}, ...}}
 * </pre>
 *
 * <p>Ids come in map order; both objects are always present, {@code arguments} empty when the map
 * has none. {@code label} is {@code accepted}, {@code rejected} or {@code undecided}.
 * {@code strength} is a JSON number with the double's shortest decimal form that reads back as
 * the same double, or {@code null} for every node when the strengths did not converge.
 *
 * <p>Several maps ({@link #reportByFile}) make one object keyed by map file, in the order given,
 * whose values are such objects, or {@code null} for a map that was not evaluated.
 */
public final class EvaluationJsonReport {

    /** The object the format specifies for one map, ending with a line break. */
    public String report(EvaluatedMap evaluated) {
        return Json.write(document(evaluated));
    }

    /**
     * One object keyed by map file, in the order of {@code files}: each file's evaluation, or
     * {@code null} when {@code evaluated} has none for it.
     *
     * @param evaluated maps evaluated, each of them one of {@code files}
     */
    public String reportByFile(List<String> files, List<EvaluatedMap> evaluated) {
        return Json.byFile(files, evaluated, EvaluatedMap::file, EvaluationJsonReport::document);
    }

    private static ObjectNode document(EvaluatedMap evaluated) {
        Evaluation evaluation = evaluated.evaluation();
        ObjectNode document = Json.object();
        ObjectNode statements = document.putObject("statements");
        evaluated.map().statements().keySet().forEach(id -> statements.set(id, node(evaluation, id)));
        ObjectNode arguments = document.putObject("arguments");
        evaluated.map().arguments().keySet().forEach(id -> arguments.set(id, node(evaluation, id)));
        return document;
    }

    private static ObjectNode node(Evaluation evaluation, String id) {
        ObjectNode node = Json.object();
        node.put("label", evaluation.label(id).orElseThrow().word());
        Optional<Double> strength = evaluation.strength(id);
        if (strength.isEmpty()) {
            node.putNull("strength");
        } else if (!Double.isFinite(strength.get())) {
            // JSON has no NaN or infinity; the evaluator keeps strengths in [0, 1], so this is a bug
            throw new IllegalStateException("strength of '" + id + "' is not a number: " + strength.get());
        } else {
            node.put("strength", strength.get().doubleValue());
        }
        return node;
    }
}
