package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Label;
import org.junit.jupiter.api.Test;

class EvaluationMarksTest {

    private static final Evaluation CONVERGED = new Evaluation(
            Map.of("a", Label.ACCEPTED, "r", Label.REJECTED, "u", Label.UNDECIDED),
            Map.of("a", 0.6875, "r", 0.125, "u", 1.0), true, 0, List.of());
    private static final Evaluation SWINGING = new Evaluation(
            Map.of("a", Label.ACCEPTED, "u", Label.UNDECIDED),
            Map.of("a", 0.5, "u", 0.0), false, 1000, List.of("u"));

    @Test
    void strengthIsWrittenWithTwoDecimalsRoundedHalfUp() {
        assertEquals(List.of("0.69", "0.13", "1.00", "0.00", "0.50"),
                List.of(0.6875, 0.125, 1.0, 0.0, 0.5).stream().map(EvaluationMarks::strength).toList());
    }

    @Test
    void badgeTextIsTheLabelsWordAndTheStrength() {
        EvaluationMarks marks = new EvaluationMarks(CONVERGED, Palette.LIGHT);
        assertEquals(List.of("accepted \u00b7 0.69", "rejected \u00b7 0.13", "undecided \u00b7 1.00"),
                List.of("a", "r", "u").stream().map(marks::text).toList());
    }

    @Test
    void withoutConvergenceBadgeAndHoverTextGiveTheLabelAlone() {
        EvaluationMarks marks = new EvaluationMarks(SWINGING, Palette.LIGHT);
        assertEquals("undecided", marks.text("u"));
        assertEquals("Evaluation: undecided; strengths did not converge in 1000 rounds, so none is shown", marks.hoverLine("u"));
        assertTrue(marks.titleRows(false).orElseThrow().contains("did not converge"));
    }

    @Test
    void hoverLineNamesLabelAndStrength() {
        assertEquals("Evaluation: rejected, strength 0.13", new EvaluationMarks(CONVERGED, Palette.LIGHT).hoverLine("r"));
    }

    @Test
    void titleRowsSayNothingForAConvergedWholeMapAndSpeakOfTheWholeMapInAView() {
        EvaluationMarks marks = new EvaluationMarks(CONVERGED, Palette.LIGHT);
        assertEquals(Optional.empty(), marks.titleRows(false));
        assertTrue(marks.titleRows(true).orElseThrow().contains("whole map"));
    }

    /** Helvetica Bold: a, c, e 556; p, d 611; t 333; space and middle dot 278; digits 556; point 278. */
    @Test
    void boldWidthAddsTheFontsGlyphWidths() {
        assertEquals(4.335, EvaluationMarks.boldWidth("accepted"), 1e-9);
        assertEquals(4.335 + 3 * 0.278 + 3 * 0.556 + 0.278, EvaluationMarks.boldWidth("accepted \u00b7 0.75"), 1e-9);
    }

    @Test
    void badgeWidthCountsTheTextThePaddingAndTheFrame() {
        EvaluationMarks.Badge accepted = EvaluationMarks.badge(EvaluationStyle.ACCEPTED, "accepted", 10, Palette.LIGHT);
        int text = (int) Math.ceil(4.335 * 10 * 1.1) + 2;
        assertEquals(text + 2 * (1 + 2), accepted.width());
        assertTrue(accepted.html().contains("WIDTH=\"" + text + "\""), accepted.html());
    }

    @Test
    void idTheEvaluationDoesNotKnowIsRefused() {
        EvaluationMarks marks = new EvaluationMarks(CONVERGED, Palette.LIGHT);
        assertThrows(IllegalArgumentException.class, () -> marks.badge("nowhere", 9));
    }
}
