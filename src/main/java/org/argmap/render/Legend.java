package org.argmap.render;

import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableNode;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Polarity;
import org.argmap.model.Side;
import org.argmap.model.Statement;

/**
 * The legend: one node holding an HTML table, so it takes a single rank and stays compact. Node
 * kinds are shown as swatches in the theme's colours (each statement box also names its kind);
 * edge kinds as line samples drawn with cell borders in the theme's colour and their dash pattern.
 * The rows for the two sides, the reconstructed mark and the qualifier are there only when the
 * diagram shows them ({@link Entries}), so a map that uses none of them keeps its legend short.
 */
final class Legend {

    /** Map ids are kebab case, so an underscore keeps legend names apart from them. */
    static final String NODE_NAME = "argmap_legend";
    /** The legend's own type size, which its badge samples share. */
    private static final int POINTS = 9;
    /** The size of a statement box's caption, in which the reconstructed mark is also drawn. */
    private static final int CAPTION_POINTS = 8;
    /** Room around a swatch's name, in points, so it stays inside the swatch's outline. */
    private static final int SWATCH_PADDING = 6;
    private static final String QUALIFIER_SAMPLE = "(qualifier)";

    private Legend() {
    }

    /**
     * Which of the rows that depend on the map the legend has: a side's row when some statement
     * or argument other than the thesis is drawn on that side, the reconstructed mark's when a
     * statement is implicit, the qualifier's when a box shows a qualifier.
     */
    record Entries(boolean pro, boolean con, boolean implicit, boolean qualifier) {

        /** The rows only the fixed entries need. */
        static final Entries FIXED = new Entries(false, false, false, false);

        /** The rows a diagram of {@code map} needs, with its nodes on {@code sides}, drawn with {@code options}. */
        static Entries of(ArgumentMap map, Polarity sides, DiagramOptions options) {
            Set<Side> drawn = Stream.concat(
                            map.statements().values().stream().filter(statement -> statement.kind() != Kind.THESIS)
                                    .map(Statement::id),
                            map.arguments().keySet().stream())
                    .flatMap(id -> sides.side(id).stream())
                    .collect(Collectors.toSet());
            return new Entries(drawn.contains(Side.PRO), drawn.contains(Side.CON),
                    map.statements().values().stream().anyMatch(Statement::implicit),
                    map.statements().values().stream().anyMatch(statement ->
                            StatementLabel.lines(statement, options).stream().anyMatch(StatementLabel.Line::italic)));
        }
    }

    static MutableNode node(Palette palette, Entries entries) {
        return node(palette, entries, Optional.empty());
    }

    /**
     * The legend of an evaluated diagram: also a sample badge of each label with what it means,
     * and what the number is, when the strengths converged and so are shown.
     */
    static MutableNode node(Palette palette, Entries entries, boolean strengthsShown) {
        return node(palette, entries, Optional.of(strengthsShown));
    }

    private static MutableNode node(Palette palette, Entries entries, Optional<Boolean> evaluatedWithStrengths) {
        StringBuilder table = new StringBuilder();
        table.append("<TABLE BORDER=\"1\" COLOR=\"").append(palette.legendBorder())
                .append("\" STYLE=\"rounded\" BGCOLOR=\"").append(palette.legendBackground()).append("\"")
                .append(" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\">");
        table.append("<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Legend</B></TD></TR>");
        kindRow(table, palette, NodeStyle.THESIS, "what the map argues about");
        kindRow(table, palette, NodeStyle.PREMISE, "offered in support");
        kindRow(table, palette, NodeStyle.COUNTERPOINT, "attacks, against the thesis");
        kindRow(table, palette, NodeStyle.REBUTTAL, "attacks, for the thesis");
        kindRow(table, palette, NodeStyle.ARGUMENT, "premises that only work together");
        if (entries.pro()) {
            sideRow(table, palette, "pro", Tint.PRO_PREMISE, "fill: on the thesis's side");
        }
        if (entries.con()) {
            sideRow(table, palette, "con", Tint.CON_PREMISE, "fill: against the thesis");
        }
        if (entries.implicit()) {
            markRow(table, DotRenderer.reconstructedMark(palette, CAPTION_POINTS), DotRenderer.RECONSTRUCTED,
                    CAPTION_POINTS, "the analyst's, unsaid in the source");
        }
        if (entries.qualifier()) {
            markRow(table, "<I>" + QUALIFIER_SAMPLE + "</I>", QUALIFIER_SAMPLE, POINTS, "the author's hedge on the claim");
        }
        for (EdgeStyle style : EdgeStyle.values()) {
            edgeRow(table, style, palette.edge(style));
        }
        evaluatedWithStrengths.ifPresent(strengths -> evaluationRows(table, palette, strengths));
        table.append("</TABLE>");
        return mutNode(NODE_NAME)
                .add("id", "argmap-legend")
                .add("shape", "plain")
                .add("fontsize", POINTS)
                .add("label", Label.html(table.toString()));
    }

    private static void kindRow(StringBuilder table, Palette palette, NodeStyle style, String meaning) {
        swatchRow(table, palette, style.caption, Tint.usual(style), style.penWidth >= 2 ? 2 : 1, swatchStyle(style), meaning);
    }

    /** A side's swatch is square and plain, so it reads as a fill and not as a kind's outline. */
    private static void sideRow(StringBuilder table, Palette palette, String side, Tint tint, String meaning) {
        swatchRow(table, palette, side, tint, 1, "", meaning);
    }

    private static void swatchRow(StringBuilder table, Palette palette, String name, Tint tint, int border,
                                  String outlineStyle, String meaning) {
        table.append("<TR><TD ALIGN=\"LEFT\"><TABLE BORDER=\"").append(border)
                .append("\" COLOR=\"").append(palette.border(tint)).append("\" BGCOLOR=\"").append(palette.fill(tint))
                .append("\"").append(outlineStyle)
                .append(" CELLBORDER=\"0\" CELLPADDING=\"1\"><TR><TD WIDTH=\"").append(width(name, POINTS) + SWATCH_PADDING)
                .append("\">").append(name).append("</TD></TR></TABLE></TD>").append(meaningCell(meaning)).append("</TR>");
    }

    /** A mark a box may carry besides its kind, shown as the box shows it. */
    private static void markRow(StringBuilder table, String sample, String sampleText, int points, String meaning) {
        table.append("<TR><TD ALIGN=\"LEFT\" WIDTH=\"").append(width(sampleText, points)).append("\">").append(sample)
                .append("</TD>").append(meaningCell(meaning)).append("</TR>");
    }

    /**
     * A cell that keeps room for its text: the embedded engine measures text on the narrow side,
     * and without a width the longer meanings ran past the legend's outline.
     */
    private static String meaningCell(String meaning) {
        return "<TD ALIGN=\"LEFT\" WIDTH=\"" + width(meaning, POINTS) + "\">" + meaning + "</TD>";
    }

    /** The width {@code text} takes at {@code points}, estimated as the diagram's boxes estimate theirs. */
    private static int width(String text, int points) {
        return (int) Math.round(text.length() * points * DotRenderer.AVERAGE_CHAR_WIDTH);
    }

    private static void evaluationRows(StringBuilder table, Palette palette, boolean strengths) {
        for (EvaluationStyle style : EvaluationStyle.values()) {
            table.append("<TR><TD ALIGN=\"LEFT\">")
                    .append(EvaluationMarks.badge(style, style.word(), POINTS, palette).html())
                    .append("</TD>").append(meaningCell(style.meaning)).append("</TR>");
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
        table.append("</TR><TR><TD HEIGHT=\"6\"></TD></TR></TABLE></TD>").append(meaningCell(style.meaning))
                .append("</TR>");
    }
}
