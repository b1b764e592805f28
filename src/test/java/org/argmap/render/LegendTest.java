package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import guru.nidi.graphviz.attribute.Label;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class LegendTest {

    private static String label() {
        Object label = Legend.node().get("label");
        assertTrue(label instanceof Label && ((Label) label).isHtml(), "an HTML-like label");
        return ((Label) label).value();
    }

    @Test
    void legendIsWellFormedAndListsEveryNodeKindThenEveryEdgeKind() {
        List<String> lines = HtmlLabel.lines(label());
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
    void eachEdgeSampleIsDrawnInTheEdgeColourAndLineStyle() {
        Element table = HtmlLabel.parse(label());
        NodeList cells = table.getElementsByTagName("TD");
        for (EdgeStyle style : EdgeStyle.values()) {
            boolean found = false;
            for (int i = 0; i < cells.getLength(); i++) {
                Element cell = (Element) cells.item(i);
                if (cell.getAttribute("SIDES").equals("B") && cell.getAttribute("COLOR").equals(style.color)
                        && cell.getAttribute("STYLE").equals(style.lineStyle)) {
                    found = true;
                }
            }
            assertTrue(found, style.name());
        }
    }

    @Test
    void eachKindSwatchUsesTheKindColours() {
        String label = label();
        for (NodeStyle style : NodeStyle.values()) {
            assertTrue(label.contains("COLOR=\"" + style.border + "\" BGCOLOR=\"" + style.fill + "\""), style.name());
        }
    }
}
