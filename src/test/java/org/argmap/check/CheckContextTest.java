package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.argmap.evaluate.Evaluator;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class CheckContextTest {

    private static final ArgumentMap MAP = new MapLoader().load("map.yaml", """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              objection:
                text: O.
                attacks: thesis
            """).map().orElseThrow();

    @Test
    void evaluationIsTheEvaluatorsAndComputedOnce() {
        CheckContext context = CheckContext.of(MAP);
        assertEquals(new Evaluator().evaluate(MAP), context.evaluation());
        assertSame(context.evaluation(), context.evaluation());
    }
}
