package org.argmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class EvaluatedMapTest {

    @Test
    void evaluationOfTheMapIsAcceptedAndTheFileIsTheMapsFile() {
        EvaluatedMap evaluated = EvaluatedMaps.evaluate("maps/a.yaml", EvaluatedMaps.ATTACKED_THESIS);
        assertEquals("maps/a.yaml", evaluated.file());
    }

    @Test
    void evaluationOfAnotherMapIsRefused() {
        ArgumentMap map = EvaluatedMaps.load("a.yaml", EvaluatedMaps.ATTACKED_THESIS);
        ArgumentMap other = EvaluatedMaps.load("b.yaml", EvaluatedMaps.SWINGING_CYCLE);
        assertThrows(IllegalArgumentException.class, () -> new EvaluatedMap(map, new Evaluator().evaluate(other)));
    }
}
