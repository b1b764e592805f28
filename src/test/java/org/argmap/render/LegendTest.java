package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import guru.nidi.graphviz.attribute.Label;
import java.util.List;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Polarity;
import org.argmap.render.DiagramOptions.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LegendTest {

    private static String label(Palette palette) {
        Object label = Legend.node(palette, Legend.Entries.FIXED).get("label");
        assertTrue(label instanceof Label && ((Label) label).isHtml(), "an HTML-like label");
        return ((Label) label).value();
    }

    @Test
    void legendIsWellFormedAndListsEveryNodeKindThenEveryEdgeKind() {
        List<String> lines = HtmlLabel.lines(label(Palette.LIGHT));
        assertEquals(List.of("Legend",
                "thesis", "what the map argues about",
                "premise", "offered in support",
                "counterpoint", "attacks, against the thesis",
                "rebuttal", "attacks, for the thesis",
                "argument", "premises that only work together",
                "\u25b6", "supports",
                "attacks",
                "undercuts an argument",
                "premise of an argument"), lines);
    }

    @Test
    void evaluatedLegendAddsEachLabelAndTheNumberAfterThePlainEntries() {
        List<String> plain = HtmlLabel.lines(label(Palette.LIGHT));
        List<String> withStrengths = HtmlLabel.lines(html(Legend.node(Palette.LIGHT, Legend.Entries.FIXED, true)));
        List<String> labelsOnly = HtmlLabel.lines(html(Legend.node(Palette.LIGHT, Legend.Entries.FIXED, false)));
        List<String> labelRows = List.of("accepted", "every attacker rejected, or none", "rejected", "has an accepted attacker",
                "undecided", "attacks left unresolved (a cycle)");
        assertEquals(plain, withStrengths.subList(0, plain.size()));
        assertEquals(labelRows, withStrengths.subList(plain.size(), plain.size() + labelRows.size()));
        assertEquals(List.of("0.75strength, 0 to 1: weight raised by", "supporters, lowered by attackers"),
                withStrengths.subList(plain.size() + labelRows.size(), withStrengths.size()));
        assertEquals(withStrengths.subList(0, plain.size() + labelRows.size()), labelsOnly,
                "without strengths the number is not explained");
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachLabelSampleIsFramedInItsOwnLineStyleAndTheThemesColour(Theme theme) {
        Palette palette = Palette.of(theme);
        Element table = HtmlLabel.parse(html(Legend.node(palette, Legend.Entries.FIXED, true)));
        NodeList tables = table.getElementsByTagName("TABLE");
        for (EvaluationStyle style : EvaluationStyle.values()) {
            boolean found = false;
            for (int i = 0; i < tables.getLength(); i++) {
                Element sample = (Element) tables.item(i);
                if (sample.getTextContent().equals(style.word())) {
                    found = true;
                    assertEquals(String.valueOf(style.frameWidth), sample.getAttribute("BORDER"), style.name());
                    assertEquals(style.frameStyle.equals("solid") ? "" : style.frameStyle, sample.getAttribute("STYLE"));
                    assertEquals(palette.evaluation(style), sample.getAttribute("COLOR"));
                }
            }
            assertTrue(found, style.name());
        }
    }

    private static String html(guru.nidi.graphviz.model.MutableNode node) {
        return ((Label) node.get("label")).value();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeListsTheSameEntries(Theme theme) {
        assertEquals(HtmlLabel.lines(label(Palette.LIGHT)), HtmlLabel.lines(label(Palette.of(theme))));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachEdgeSampleIsDrawnInTheThemesEdgeColourAndTheLineStyle(Theme theme) {
        Palette palette = Palette.of(theme);
        Element table = HtmlLabel.parse(label(palette));
        NodeList cells = table.getElementsByTagName("TD");
        for (EdgeStyle style : EdgeStyle.values()) {
            boolean found = false;
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                if (cell.getAttribute("SIDES").equals("B") && cell.getAttribute("COLOR").equals(palette.edge(style))
                        && cell.getAttribute("STYLE").equals(style.lineStyle)) {
                    found = true;
                }
            }
            assertTrue(found, style.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachKindSwatchUsesTheThemesKindColours(Theme theme) {
        Palette palette = Palette.of(theme);
        String label = label(palette);
        for (NodeStyle style : NodeStyle.values()) {
            Tint tint = Tint.usual(style);
            assertTrue(label.contains("COLOR=\"" + palette.border(tint) + "\" BGCOLOR=\"" + palette.fill(tint) + "\""),
                    style.name());
        }
        assertTrue(label.startsWith("<TABLE BORDER=\"1\" COLOR=\"" + palette.legendBorder()
                + "\" STYLE=\"rounded\" BGCOLOR=\"" + palette.legendBackground() + "\""), label);
    }

    @Test
    void rowsForTheSidesAndTheMarksFollowTheKindsWhenTheDiagramShowsThem() {
        List<String> fixed = HtmlLabel.lines(label(Palette.LIGHT));
        List<String> all = HtmlLabel.lines(html(Legend.node(Palette.LIGHT, new Legend.Entries(true, true, true, true))));
        int kinds = 1 + 2 * NodeStyle.values().length;
        assertEquals(fixed.subList(0, kinds), all.subList(0, kinds));
        // a mark's sample is text, not a swatch table, so its row reads as one line
        assertEquals(List.of("pro", "fill: on the thesis's side", "con", "fill: against the thesis",
                "reconstructed (implicit)the analyst's, unsaid in the source",
                "(qualifier)the author's hedge on the claim"), all.subList(kinds, kinds + 6));
        assertEquals(fixed.subList(kinds, fixed.size()), all.subList(kinds + 6, all.size()));
        List<String> conOnly = HtmlLabel.lines(html(Legend.node(Palette.LIGHT, new Legend.Entries(false, true, false, false))));
        assertEquals(List.of("con", "fill: against the thesis"), conOnly.subList(kinds, kinds + 2));
        assertEquals(fixed.size() + 2, conOnly.size());
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void eachSideSwatchIsFilledAsThatSidesPremises(Theme theme) {
        Palette palette = Palette.of(theme);
        String label = html(Legend.node(palette, new Legend.Entries(true, true, false, false)));
        for (Tint tint : List.of(Tint.PRO_PREMISE, Tint.CON_PREMISE)) {
            assertTrue(label.contains("COLOR=\"" + palette.border(tint) + "\" BGCOLOR=\"" + palette.fill(tint)
                    + "\" CELLBORDER"), tint.name());
        }
    }

    @Test
    void entriesAreThoseTheMapUses() {
        ArgumentMap sides = DotRendererEvaluationTest.load(SidesDrawingTest.SIDES);
        assertEquals(new Legend.Entries(true, true, true, true),
                Legend.Entries.of(sides, Polarity.of(sides), DiagramOptions.DEFAULT));
        ArgumentMap small = SampleMaps.small();
        assertEquals(new Legend.Entries(true, true, false, false),
                Legend.Entries.of(small, Polarity.of(small), DiagramOptions.DEFAULT));
        ArgumentMap proOnly = DotRendererEvaluationTest.load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: The thesis holds.}
                  p: {title: A reason, text: A reason for it., supports: t, qualifier: probably}
                """);
        assertEquals(new Legend.Entries(true, false, false, true),
                Legend.Entries.of(proOnly, Polarity.of(proOnly), DiagramOptions.DEFAULT));
        assertEquals(new Legend.Entries(true, false, false, false),
                Legend.Entries.of(proOnly, Polarity.of(proOnly), DiagramOptions.DEFAULT.withLabels(DiagramOptions.LabelMode.TITLE)),
                "a qualifier the boxes do not show is not explained");
    }

    @Test
    void aDiagramsLegendExplainsTheMarksItsBoxesCarryAndNoOthers() {
        List<String> small = HtmlLabel.lines(ParsedDot.parse(new DotRenderer().render(SampleMaps.small()))
                .node(Legend.NODE_NAME).attribute("label"));
        List<String> sides = HtmlLabel.lines(ParsedDot.parse(new DotRenderer()
                .render(DotRendererEvaluationTest.load(SidesDrawingTest.SIDES))).node(Legend.NODE_NAME).attribute("label"));
        String implicitRow = "reconstructed (implicit)the analyst's, unsaid in the source";
        String qualifierRow = "(qualifier)the author's hedge on the claim";
        assertTrue(small.contains("con") && !small.contains(qualifierRow) && !small.contains(implicitRow), small.toString());
        assertTrue(sides.contains(qualifierRow) && sides.contains(implicitRow), sides.toString());
    }
}
