package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An implicit statement and a qualifier in the diagram: the reconstruction is marked in words of
 * its own that no kind caption or evaluation badge uses, in every theme, with or without
 * evaluation, and the hedge stands in italics over the claim; a statement without them is drawn
 * as before.
 */
class AnnotationsDrawingTest {

    private static final ArgumentMap MAP = new MapBuilder()
            .statement("t", Kind.THESIS, "Measures will be read as a crackdown.").qualifier("almost certainly").done()
            .statement("w", Kind.PREMISE, "Measures after protests are read as aimed at them.").implicit()
                    .supports("t").done()
            .statement("p", Kind.PREMISE, "The protests were recent.").supports("t").done()
            .build();

    @ParameterizedTest
    @EnumSource(DiagramOptions.Theme.class)
    void implicitStatementIsMarkedReconstructedAndItsOutlineStaysTheKinds(DiagramOptions.Theme theme) {
        DiagramOptions options = DiagramOptions.DEFAULT.withTheme(theme);
        ParsedDot dot = ParsedDot.parse(new DotRenderer(options).render(MAP));
        List<String> implicit = HtmlLabel.lines(dot.node("w").attribute("label"));
        assertEquals(List.of("PREMISE", "reconstructed (implicit)"), implicit.subList(0, 2));
        assertTrue(dot.node("w").attribute("label").contains("<I>reconstructed (implicit)</I>"));
        assertEquals(dot.node("p").attribute("style"), dot.node("w").attribute("style"), "the outline says the kind only");
        assertEquals(dot.node("p").attribute("color"), dot.node("w").attribute("color"));
        assertFalse(HtmlLabel.lines(dot.node("p").attribute("label")).contains("reconstructed (implicit)"));
        for (NodeStyle style : NodeStyle.values()) {
            assertFalse(DotRenderer.RECONSTRUCTED.toUpperCase(java.util.Locale.ROOT).contains(style.caption.toUpperCase(java.util.Locale.ROOT)));
        }
    }

    @ParameterizedTest
    @EnumSource(DiagramOptions.Theme.class)
    void evaluatedDiagramKeepsTheMarkBesideTheBadge(DiagramOptions.Theme theme) {
        DiagramOptions options = DiagramOptions.DEFAULT.withTheme(theme);
        ParsedDot dot = ParsedDot.parse(new DotRenderer(options).render(MAP, new Evaluator().evaluate(MAP)));
        assertTrue(HtmlLabel.lines(dot.node("w").attribute("label")).contains("reconstructed (implicit)"));
    }

    @ParameterizedTest
    @EnumSource(DiagramOptions.LabelMode.class)
    void qualifierStandsInItalicsOverTheTextWhereverTheTextIsShown(DiagramOptions.LabelMode mode) {
        ParsedDot dot = ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withLabels(mode)).render(MAP));
        String label = dot.node("t").attribute("label");
        assertTrue(label.contains("<I>(almost certainly)</I><BR/>Measures will be read"), label);
    }
}
