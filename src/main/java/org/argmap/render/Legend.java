package org.argmap.render;

import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableNode;
import java.util.Optional;

/**
 * The legend: one node holding an HTML table, so it takes a single rank and stays compact. Node
 * kinds are shown as swatches in the theme's colours (each statement box also names its kind);
 * edge kinds as line samples drawn with cell borders in the theme's colour and their dash pattern.
 */
final class Legend {

    /** Map ids are kebab case, so an underscore keeps legend names apart from them. */
    static final String NODE_NAME = "argmap_legend";
    /** The legend's own type size, which its badge samples share. */
    private static final int BADGE_POINTS = 9;

    private Legend() {
    }

    static MutableNode node(Palette palette) {
        return node(palette, Optional.empty());
    }

    /**
     * The legend of an evaluated diagram: also a sample badge of each label with what it means,
     * and what the number is, when the strengths converged and so are shown.
     */
    static MutableNode node(Palette palette, boolean strengthsShown) {
        return node(palette, Optional.of(strengthsShown));
    }

    private static MutableNode node(Palette palette, Optional<Boolean> evaluatedWithStrengths) {
        StringBuilder table = new StringBuilder();
        table.append("<TABLE BORDER=\"1\" COLOR=\"").append(palette.legendBorder())
                .append("\" STYLE=\"rounded\" BGCOLOR=\"").append(palette.legendBackground()).append("\"")
                .append(" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
        table.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>");
        kindRow(table, palette, NodeStyle.THESIS, "what the map argues about");
        kindRow(table, palette, NodeStyle.PREMISE, "offered in support");
        kindRow(table, palette, NodeStyle.COUNTERPOINT, "attacks a statement or argument");
        kindRow(table, palette, NodeStyle.REBUTTAL, "attacks a counterpoint");
        kindRow(table, palette, NodeStyle.ARGUMENT, "premises that only work together");
        for (EdgeStyle style : EdgeStyle.values()) {
            edgeRow(table, style, palette.edge(style));
        }
        evaluatedWithStrengths.ifPresent(strengths -> evaluationRows(table, palette, strengths));
        table.append("</TABLE>");
        return mutNode(NODE_NAME)
                .add("id", "argmap-legend")
                .add("shape", "plain")
                .add("fontsize", 9)
                .add("label", Label.html(table.toString()));
    }

    private static void kindRow(StringBuilder table, Palette palette, NodeStyle style, String meaning) {
        table.append("<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"")
                .append(style.penWidth >= 2 ? 2 : 1)
                .append("\" COLOR=\"").append(palette.border(style)).append("\" BGCOLOR=\"").append(palette.fill(style))
                .append("\"").append(swatchStyle(style))
                .append(" CELLBORDER=\"0\" CELLPADDING=\"1\"><TR><TD>").append(style.caption)
                .append("</TD></TR></TABLE></TD><TD ALIGN=\"LEFT\">").append(meaning).append("</TD></TR>");
    }

    private static void evaluationRows(StringBuilder table, Palette palette, boolean strengths) {
        for (EvaluationStyle style : EvaluationStyle.values()) {
            table.append("<TR><TD ALIGN=\"LEFT\">")
                    .append(EvaluationMarks.badge(style, style.word(), BADGE_POINTS, palette).html())
                    .append("</TD><TD ALIGN=\"LEFT\">").append(style.meaning).append("</TD></TR>");
        }
        if (strengths) {
            table.append("<TR><TD ALIGN=\"RIGHT\"><B>").append(EvaluationMarks.SAMPLE_STRENGTH)
                    .append("</B></TD><TD ALIGN=\"LEFT\">strength, 0 to 1: weight raised by<BR ALIGN=\"LEFT\"/>")
                    .append("supporters, lowered by attackers<BR ALIGN=\"LEFT\"/></TD></TR>");
        }
    }

    /**
     * The outline styles an HTML table can draw: rounded corners (for the ellipse too), dashes;
     * not the cut corners.
     */
    private static String swatchStyle(NodeStyle style) {
        if (style.style.contains("rounded") || style.shape.equals("ellipse")) {
            return " STYLE=\"rounded\"";
        }
        if (style.style.contains("dashed")) {
            return " STYLE=\"dashed\"";
        }
        return "";
    }

    /**
     * A line sample: the bottom border of an upper cell is the line, a left border spanning both
     * rows is the bar of a tee arrowhead, a triangle glyph the normal arrowhead.
     */
    private static void edgeRow(StringBuilder table, EdgeStyle style, String color) {
        table.append("<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">")
                .append("<TR><TD WIDTH=\"34\" HEIGHT=\"6\" SIDES=\"B\" BORDER=\"2\" COLOR=\"").append(color)
                .append("\" STYLE=\"").append(style.lineStyle).append("\"></TD>");
        switch (style.arrowhead) {
            case "tee" -> table.append("<TD ROWSPAN=\"2\" WIDTH=\"3\" HEIGHT=\"12\" SIDES=\"L\" BORDER=\"2\" COLOR=\"")
                    .append(color).append("\"></TD>");
            case "normal" -> table.append("<TD ROWSPAN=\"2\"><FONT COLOR=\"").append(color)
                    .append("\">&#9654;</FONT></TD>");
            default -> table.append("<TD ROWSPAN=\"2\"></TD>");
        }
        table.append("</TR><TR><TD HEIGHT=\"6\"></TD></TR></TABLE></TD><TD ALIGN=\"LEFT\">")
                .append(style.meaning).append("</TD></TR>");
    }
}
