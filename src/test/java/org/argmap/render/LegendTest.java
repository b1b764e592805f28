package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import guru.nidi.graphviz.attribute.Label;
import java.util.List;
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
                "counterpoint", "attacks a statement or argument",
                "rebuttal", "attacks a counterpoint",
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
}
