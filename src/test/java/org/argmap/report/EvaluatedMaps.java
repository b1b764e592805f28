package org.argmap.report;

import org.argmap.evaluate.Evaluator;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;

/** Maps for the evaluation report tests: YAML through the loader, evaluated by the evaluator. */
final class EvaluatedMaps {

    private EvaluatedMaps() {
    }

    static ArgumentMap load(String file, String yaml) {
        return new MapLoader().load(file, yaml).map().orElseThrow();
    }

    static EvaluatedMap evaluate(String file, String yaml) {
        ArgumentMap map = load(file, yaml);
        return new EvaluatedMap(map, new Evaluator().evaluate(map));
    }

    /** A thesis attacked by a counterpoint of weight 0.5: the thesis ends at 0.5 - 0.5 * 0.5 = 0.25. */
    static final String ATTACKED_THESIS = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: The thesis.
              objection:
                text: An objection.
                attacks: thesis
            """;

    /** Two statements of weight 1 attacking each other: their strengths swing between 0 and 1 for ever. */
    static final String SWINGING_CYCLE = """
            argmap: 1
            statements:
              t:
                kind: thesis
                text: T.
              p:
                text: P.
                weight: 1
                attacks: q
              q:
                text: Q.
                weight: 1
                attacks: p
            """;
}
