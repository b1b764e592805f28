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
        Object label = Legend.node(palette).get("label");
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
            assertTrue(label.contains("COLOR=\"" + palette.border(style) + "\" BGCOLOR=\"" + palette.fill(style) + "\""),
                    style.name());
        }
        assertTrue(label.startsWith("<TABLE BORDER=\"1\" COLOR=\"" + palette.legendBorder()
                + "\" STYLE=\"rounded\" BGCOLOR=\"" + palette.legendBackground() + "\""), label);
    }
}
