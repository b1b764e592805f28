package org.argmap.evaluate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What evaluation concludes about every statement and argument of a map, keyed by id in map order
 * (statements, then arguments).
 *
 * @param labels     the grounded label of every node
 * @param strengths  the DF-QuAD strength of every node, in [0, 1]. When {@code converged} is false
 *                   these are merely the values of the last round and must not be trusted;
 *                   {@link #strength(String)} then answers empty
 * @param converged  true when the strengths are settled: always for maps whose strength dependencies
 *                   have no cycle, else when an iteration round moved no strength by more than
 *                   {@link Evaluator#TOLERANCE} within {@link Evaluator#MAX_ROUNDS} rounds
 * @param rounds     iteration rounds used; 0 when the strengths were computed in one pass in
 *                   topological order
 * @param unsettled  when not converged, the ids (map order) whose strength still moved in the last
 *                   round; empty when converged
 */
public record Evaluation(
        Map<String, Label> labels,
        Map<String, Double> strengths,
        boolean converged,
        int rounds,
        List<String> unsettled) {

    public Evaluation {
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        strengths = Collections.unmodifiableMap(new LinkedHashMap<>(strengths));
        unsettled = List.copyOf(unsettled);
        if (!labels.keySet().equals(strengths.keySet())) {
            throw new IllegalArgumentException("labels and strengths must cover the same ids");
        }
        if (rounds < 0) {
            throw new IllegalArgumentException("rounds must not be negative: " + rounds);
        }
        if (converged != unsettled.isEmpty()) {
            throw new IllegalArgumentException("unsettled ids are exactly those of a run that did not converge");
        }
    }

    /** The label of {@code id}, empty when the map has no such node. */
    public Optional<Label> label(String id) {
        return Optional.ofNullable(labels.get(Objects.requireNonNull(id, "id")));
    }

    /** The strength of {@code id}, empty when the map has no such node or the strengths did not converge. */
    public Optional<Double> strength(String id) {
        return converged ? Optional.ofNullable(strengths.get(Objects.requireNonNull(id, "id"))) : Optional.empty();
    }
}
