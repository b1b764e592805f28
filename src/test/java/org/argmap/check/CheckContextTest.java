package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Optional;
import org.argmap.evaluate.Evaluation;
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
    void aContextCarriesTheEvaluationItIsGivenAndNoneOtherwise() {
        CheckContext context = CheckContext.of(MAP);
        assertEquals(Optional.empty(), context.evaluation());

        Evaluation evaluation = new Evaluator().evaluate(MAP);
        CheckContext evaluated = context.withEvaluation(evaluation);
        assertSame(evaluation, evaluated.evaluation().orElseThrow());
        assertSame(MAP, evaluated.map());
        assertSame(context.graph(), evaluated.graph(), "the relation graph is built once");
        assertEquals(Optional.empty(), context.evaluation(), "the context it came from is unchanged");
    }
}
