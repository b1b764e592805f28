package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class ViewResultTest {

    private final ArgumentMap small = SampleMaps.small();

    @Test
    void hiddenRelationsAreOrderedAsTheShownMapStatementsFirstThenArguments() {
        Map<String, Integer> backwards = new LinkedHashMap<>();
        backwards.put("precedent", 2);
        backwards.put("beslan", 1);
        backwards.put("separate-fights", 3);
        ViewResult result = new ViewResult(View.WHOLE, small, List.of(), List.of(), backwards);
        assertEquals(List.of("separate-fights", "beslan", "precedent"), List.copyOf(result.hiddenRelations().keySet()));
        assertEquals(3, result.hiddenRelationsOf("separate-fights"));
        assertEquals(0, result.hiddenRelationsOf("distrust"));
    }

    @Test
    void hiddenRelationsOfAnIdThatIsNotShownAreRefused() {
        ArgumentMap shown = new View.Focus("distrust", 0).apply(small).shown();
        assertThrows(IllegalArgumentException.class,
                () -> new ViewResult(View.WHOLE, shown, List.of(), List.of(), Map.of("beslan", 1)));
    }

    @Test
    void countsOfZeroAreRefusedSoEveryCountedNodeReallyHasHiddenRelations() {
        assertThrows(IllegalArgumentException.class,
                () -> new ViewResult(View.WHOLE, small, List.of(), List.of(), Map.of("beslan", 0)));
    }

    @Test
    void countsAddTheShownAndTheOmitted() {
        ViewResult result = new View.OfPerspective("shared-threat").apply(small);
        assertEquals(small.statements().size(), result.statementCount());
        assertEquals(small.arguments().size(), result.argumentCount());
        assertEquals(2, result.shown().statements().size());
    }
}
