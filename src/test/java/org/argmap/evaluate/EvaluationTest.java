package org.argmap.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationTest {

    @Test
    void laterChangesToTheGivenMapsDoNotReachTheEvaluation() {
        Map<String, Label> labels = new LinkedHashMap<>(Map.of("a", Label.ACCEPTED));
        Map<String, Double> strengths = new LinkedHashMap<>(Map.of("a", 0.5));
        Evaluation evaluation = new Evaluation(labels, strengths, true, 0, List.of());
        labels.put("a", Label.REJECTED);
        strengths.put("a", 0.1);
        assertEquals(Optional.of(Label.ACCEPTED), evaluation.label("a"));
        assertEquals(Optional.of(0.5), evaluation.strength("a"));
        assertThrows(UnsupportedOperationException.class, () -> evaluation.labels().put("b", Label.UNDECIDED));
        assertThrows(UnsupportedOperationException.class, () -> evaluation.strengths().put("b", 0.5));
    }

    @Test
    void unknownIdHasNoLabelAndNoStrength() {
        Evaluation evaluation = new Evaluation(Map.of("a", Label.ACCEPTED), Map.of("a", 0.5), true, 0, List.of());
        assertEquals(Optional.empty(), evaluation.label("zzz"));
        assertEquals(Optional.empty(), evaluation.strength("zzz"));
    }

    @Test
    void labelsAndStrengthsForDifferentIdsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Evaluation(Map.of("a", Label.ACCEPTED), Map.of("b", 0.5), true, 0, List.of()));
    }

    @Test
    void convergedRunWithUnsettledIdsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Evaluation(Map.of("a", Label.ACCEPTED), Map.of("a", 0.5), true, 3, List.of("a")));
    }

    @Test
    void unconvergedRunWithoutUnsettledIdsIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Evaluation(Map.of("a", Label.ACCEPTED), Map.of("a", 0.5), false, 1000, List.of()));
    }

    @Test
    void labelWordsAreTheSpellingsOfExpectBlocks() {
        assertEquals(List.of("accepted", "rejected", "undecided"),
                List.of(Label.ACCEPTED.word(), Label.REJECTED.word(), Label.UNDECIDED.word()));
    }
}
