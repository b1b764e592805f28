package org.argmap.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;

/**
 * A map and what evaluation concluded about it: what the evaluation reports print.
 *
 * @param evaluation the evaluation of exactly this map: it covers every statement and argument
 *                   of the map and no other id
 */
public record EvaluatedMap(ArgumentMap map, Evaluation evaluation) {

    public EvaluatedMap {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(evaluation, "evaluation");
        // a set: an id shared by a statement and an argument (duplicate-id, if switched off) is one node
        Set<String> ids = new LinkedHashSet<>(map.statements().keySet());
        ids.addAll(map.arguments().keySet());
        if (!List.copyOf(evaluation.labels().keySet()).equals(List.copyOf(ids))) {
            throw new IllegalArgumentException("the evaluation of " + map.file()
                    + " must cover its statements and arguments in map order");
        }
    }

    /** The map's file name as the user gave it. */
    public String file() {
        return map.file();
    }
}
