package org.argmap.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;
import static guru.nidi.graphviz.model.Factory.to;

import guru.nidi.graphviz.attribute.ForGraph;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.MutableAttributed;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Polarity;
import org.argmap.model.SchemeCatalogue;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.StatementGroups;
import org.argmap.model.Text;
import org.argmap.text.DisplayWidth;
import org.argmap.text.TextWrapper;

/**
 * Turns an argument map into Graphviz DOT text.
 *
 * <p>The drawing: one box per statement, its kind shown by outline shape, line style and colour
 * and named in small capitals at the top of the box; the thesis larger, bold and double-bordered.
 * Each argument is a small grey node where its premises meet. Edges point from what supports or
 * attacks towards what is supported or attacked, and by default the graph is laid out right to left, so the
 * thesis sits at the left and the reasons for and against it fan out to the right. Argument trees
 * are shallow and broad, so this keeps an essay's map about as tall as it is wide (laid out bottom
 * to top, the essay map was four times wider than tall). Each perspective is a labelled band; a
 * legend sits beside the outermost rank.
 *
 * <p>{@link DiagramOptions} turn the drawing: the reading direction (perspective names stay at the
 * top-left of their bands, see {@link ClusterLabel}), what a box shows and how wide its lines are
 * (see {@link StatementLabel}). A rebuttal is kept in line with the counterpoint it answers when
 * both share a band (see {@link RebuttalPairs}).
 *
 * <p>The output depends only on the map: the same map gives byte-identical DOT, and statements,
 * arguments and perspectives appear in the map's order. Node names are the map's ids, and each
 * node's SVG element id is {@code statement-<id>} or {@code argument-<id>}, so SVG output can be
 * styled and scripted by id and linked to. Hovering over a node shows its {@link Tooltip}. User
 * text is escaped for Graphviz; a source URL becomes a link only when it is an http or https URL.
 * The {@link DiagramOptions#theme() theme} chooses the {@link Palette}; it changes colours only.
 *
 * <p>Given an {@link Evaluation}, every statement and argument also carries its label and
 * strength in a framed badge, and the legend explains them (see {@link EvaluationMarks}); the
 * outlines, colours and lines are the same as without it.
 *
 * <p>The map is expected to have passed the structural checks. It draws the relations that hold
 * ({@link org.argmap.model.Relations}), so one naming an unknown id, or a premise naming an
 * argument, is left out; a statement naming an undeclared perspective is drawn outside clusters.
 */
public final class DotRenderer {

    /**
     * One font family: Graphviz takes {@code fontname} as a single name, not a CSS list.
     * Helvetica is a PostScript base font, so Graphviz knows its metrics without the font being
     * installed (viz.js sizes boxes with them), SVG output names it with a sans-serif fallback,
     * and fontconfig maps it to a metric-compatible sans (Arial, Liberation Sans, Nimbus Sans).
     */
    static final String FONT = "Helvetica";
    /** Width of an average character of running text in Helvetica, in ems (measured: 0.5-0.55). */
    static final double AVERAGE_CHAR_WIDTH = 0.56;
    static final int ARGUMENT_COLUMNS = 24;
    static final int TITLE_COLUMNS = 70;
    static final int TITLE_POINTS = 20;
    /** Width of an average bold character of a title in Helvetica, in ems. */
    static final double BOLD_CHAR_WIDTH = 0.6;
    static final int SOURCE_COLUMNS = 100;
    static final String GRAPH_NAME = "argmap";
    /** The word that marks an implicit statement in its box. */
    static final String RECONSTRUCTED = "reconstructed (implicit)";
    /** Width of an average capital letter in Helvetica, in ems (its metrics: 0.61 to 0.78, most 0.67-0.72). */
    static final double CAPITAL_CHAR_WIDTH = 0.72;

    private final boolean legend;
    private final DiagramOptions options;
    private final Palette palette;
    /** The schemes arguments may name, for their names and critical questions; none unless given. */
    private final SchemeCatalogue schemes;

    /** A renderer that draws the legend, with the default options. */
    public DotRenderer() {
        this(DiagramOptions.DEFAULT);
    }

    /** A renderer that draws the legend, with these options. */
    public DotRenderer(DiagramOptions options) {
        this(true, options);
    }

    private DotRenderer(boolean legend, DiagramOptions options) {
        this(legend, options, SchemeCatalogue.EMPTY);
    }

    private DotRenderer(boolean legend, DiagramOptions options, SchemeCatalogue schemes) {
        this.legend = legend;
        this.options = java.util.Objects.requireNonNull(options, "options");
        this.palette = Palette.of(options.theme());
        this.schemes = java.util.Objects.requireNonNull(schemes, "schemes");
    }

    /** A renderer like this one that leaves the legend out. */
    public DotRenderer withoutLegend() {
        return new DotRenderer(false, options, schemes);
    }

    /**
     * A renderer like this one that knows {@code catalogue}: an argument naming one of its schemes
     * is shown by the scheme's name, and its hover text counts the open critical questions.
     */
    public DotRenderer withSchemes(SchemeCatalogue catalogue) {
        return new DotRenderer(legend, options, catalogue);
    }

    /** The DOT text of {@code map}, ending in a newline. */
    public String render(ArgumentMap map) {
        return DotWriter.write(graph(map, Polarity.of(map), Optional.empty())) + "\n";
    }

    /**
     * The DOT text of {@code map} with its evaluation shown: every statement and argument marked
     * with its label and strength (see {@link EvaluationMarks}), and the legend explaining both.
     *
     * @param evaluation the evaluation of {@code map}
     * @throws IllegalArgumentException if {@code evaluation} has no label for a node of the map
     */
    public String render(ArgumentMap map, Evaluation evaluation) {
        return DotWriter.write(graph(map, Polarity.of(map), Optional.of(new EvaluationMarks(evaluation, palette)))) + "\n";
    }

    /**
     * The DOT text of a view of a map. The whole map is drawn exactly as {@link #render(ArgumentMap)}
     * draws it. A view that left something out says so in the diagram itself: a line under the
     * title names the view and counts what is not shown, and every shown statement or argument
     * that has relations to left-out ones is marked with how many.
     */
    public String render(ViewResult view) {
        return render(view, Optional.empty());
    }

    /**
     * The DOT text of a view of a map with the evaluation of the whole map shown on what the view
     * shows: labels and strengths do not depend on the view. A partial view also says so.
     *
     * @param evaluation the evaluation of the whole map the view was taken from
     * @throws IllegalArgumentException if {@code evaluation} has no label for a node the view shows
     */
    public String render(ViewResult view, Evaluation evaluation) {
        return render(view, Optional.of(new EvaluationMarks(evaluation, palette)));
    }

    private String render(ViewResult view, Optional<EvaluationMarks> marks) {
        return DotWriter.write(graph(view, marks)) + "\n";
    }

    /** The graph {@link #render(ViewResult)} writes: graphviz-java's model of the diagram. */
    MutableGraph graph(ViewResult view, Optional<EvaluationMarks> marks) {
        MutableGraph graph = graph(view.shown(), view.sides(), marks);
        if (view.isPartial()) {
            markPartial(graph, view, marks);
        }
        return graph;
    }

    private MutableGraph graph(ArgumentMap map, Polarity sides, Optional<EvaluationMarks> marks) {
        MutableGraph graph = mutGraph(GRAPH_NAME).setDirected(true);
        MutableAttributed<MutableGraph, ForGraph> graphAttrs = graph.graphAttrs();
        graphAttrs.add("rankdir", options.direction().rankdir());
        graphAttrs.add("fontname", FONT);
        palette.background().ifPresent(color -> graphAttrs.add("bgcolor", color));
        palette.text().ifPresent(color -> graphAttrs.add("fontcolor", color));
        titleLabel(map, marks.flatMap(m -> m.titleRows(false))).ifPresent(label -> {
            graphAttrs.add("label", label);
            graphAttrs.add("labelloc", "t");
        });
        graphAttrs.add("nodesep", 0.3);
        graphAttrs.add("ranksep", 0.45);
        graph.nodeAttrs().add("fontname", FONT);
        graph.nodeAttrs().add("fontsize", 12);
        palette.text().ifPresent(color -> graph.nodeAttrs().add("fontcolor", color));
        graph.linkAttrs().add("arrowsize", 0.8);

        Map<String, List<MutableNode>> clusterMembers = new LinkedHashMap<>();
        map.perspectives().keySet().forEach(id -> clusterMembers.put(id, new ArrayList<>()));
        List<MutableNode> topLevel = new ArrayList<>();
        int cellColumns = StatementLabel.cellColumns(map, options);
        for (Statement statement : map.statements().values()) {
            MutableNode node = statementNode(statement, sides, cellColumns, marks)
                    .add("tooltip", hoverText(Tooltip.of(statement), statement.id(), marks));
            StatementGroups.perspectiveOf(map, statement).ifPresentOrElse(
                    id -> clusterMembers.get(id).add(node), () -> topLevel.add(node));
        }
        for (Argument argument : map.arguments().values()) {
            MutableNode node = argumentNode(argument, sides, marks)
                    .add("tooltip", hoverText(Tooltip.of(argument, map, schemes), argument.id(), marks));
            StatementGroups.perspectiveOf(map, argument).ifPresentOrElse(
                    id -> clusterMembers.get(id).add(node), () -> topLevel.add(node));
        }

        topLevel.forEach(graph::add);
        for (Perspective perspective : map.perspectives().values()) {
            List<MutableNode> members = clusterMembers.get(perspective.id());
            if (!members.isEmpty()) {
                graph.add(perspectiveCluster(perspective, members, ClusterLabel.topLeft(options.direction())));
            }
        }
        if (legend) {
            Legend.Entries entries = Legend.Entries.of(map, sides, options);
            graph.add(marks.isPresent() ? Legend.node(palette, entries, marks.get().converged()) : Legend.node(palette, entries));
        }
        List<Relation> relations = Relation.of(map);
        Set<Relation> pairs = RebuttalPairs.of(map, relations, statement -> StatementGroups.perspectiveOf(map, statement));
        edgeTails(relations, pairs).forEach(graph::add);
        return graph;
    }

    /** The note under the title and the marks on nodes that have relations not shown. */
    private void markPartial(MutableGraph graph, ViewResult view, Optional<EvaluationMarks> marks) {
        String rows = ViewNote.row(view, palette.note()) + marks.flatMap(m -> m.titleRows(true)).orElse("");
        graph.graphAttrs().add("label", titleLabel(view.shown(), Optional.of(rows)).orElseThrow());
        graph.graphAttrs().add("labelloc", "t");
        // Only declared nodes have a label; the attribute-free edge tails of the same name are skipped.
        Stream.concat(graph.rootNodes().stream(), graph.graphs().stream().flatMap(cluster -> cluster.rootNodes().stream()))
                .filter(node -> node.get("label") != null)
                .forEach(node -> {
                    int hidden = view.hiddenRelationsOf(node.name().toString());
                    if (hidden > 0) {
                        ViewNote.mark(node, hidden, palette.note());
                    }
                });
    }

    /** A statement's declared perspective, when the map declares it. */
    private MutableGraph perspectiveCluster(Perspective perspective, List<MutableNode> members,
                                            ClusterLabel placement) {
        MutableGraph cluster = mutGraph(perspective.id()).setDirected(true).setCluster(true);
        MutableAttributed<MutableGraph, ForGraph> attrs = cluster.graphAttrs();
        attrs.add("id", DotText.plain("perspective-" + perspective.id()));
        attrs.add("label", Label.html("<B>" + DotText.html(TextWrapper.normalizeSpace(perspective.displayName()))
                + "</B>"));
        attrs.add("labelloc", placement.labelloc());
        attrs.add("labeljust", placement.labeljust());
        attrs.add("fontsize", 13);
        attrs.add("style", "rounded,filled");
        attrs.add("fillcolor", palette.clusterFill());
        attrs.add("color", palette.clusterBorder());
        attrs.add("margin", 12);
        members.forEach(cluster::add);
        return cluster;
    }

    private MutableNode statementNode(Statement statement, Polarity sides, int cellColumns,
                                      Optional<EvaluationMarks> marks) {
        NodeStyle style = NodeStyle.of(statement.kind());
        List<String> lines = new ArrayList<>();
        if (marks.isEmpty()) {
            lines.add(caption(style));
        }
        if (statement.implicit()) {
            lines.add(reconstructedMark(palette, captionPoints(style)));
        }
        for (StatementLabel.Line line : StatementLabel.lines(statement, options)) {
            String text = DotText.html(line.text());
            lines.add(line.bold() ? "<B>" + text + "</B>" : line.italic() ? "<I>" + text + "</I>" : text);
        }
        String label = String.join("<BR/>", lines);
        // A cell of fixed minimum width around the text: the embedded engine estimates text
        // widths on the narrow side, so without it lines ran past the box's right edge. One width
        // for every box (StatementLabel.cellColumns) also gives the boxes one even width.
        int width = (int) Math.round(cellColumns * style.fontSize * AVERAGE_CHAR_WIDTH);
        String cell = marks.isPresent()
                ? evaluatedCell(style, label, width, marks.get().badge(statement.id(), badgePoints(style)))
                : "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                + "<TR><TD WIDTH=\"" + width + "\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + label + "</TD></TR></TABLE>";
        return styled(mutNode(statement.id()), style, Tint.of(style, sides.side(statement.id())))
                .add("id", DotText.plain("statement-" + statement.id()))
                .add("label", Label.html(cell));
    }

    /**
     * An evaluated statement's text cell: the kind's caption at the left and the evaluation badge
     * at the right of a first row, over the text. The caption cell reserves the width of its
     * capitals, which the embedded engine measures narrow, so the badge never covers it; an empty
     * cell between them takes up the rest of the row, so the badge keeps its own width.
     */
    private String evaluatedCell(NodeStyle style, String text, int width, EvaluationMarks.Badge badge) {
        int captionWidth = (int) Math.round(style.caption.length() * captionPoints(style) * CAPITAL_CHAR_WIDTH);
        int gap = Math.max(0, width - captionWidth - badge.width());
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                + "<TR><TD WIDTH=\"" + captionWidth + "\" ALIGN=\"LEFT\" VALIGN=\"BOTTOM\">" + caption(style) + "</TD>"
                + "<TD WIDTH=\"" + gap + "\"></TD><TD>" + badge.html() + "</TD></TR>"
                + "<TR><TD COLSPAN=\"3\" WIDTH=\"" + width + "\" ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + text + "</TD></TR></TABLE>";
    }

    /** The size of an evaluation badge's text: a step above the kind's caption, so the verdict reads first. */
    private static int badgePoints(NodeStyle style) {
        return captionPoints(style) + 1;
    }

    /**
     * An evaluated argument's label: its name over its badge, centred between two empty cells
     * that take up the width of the name so that the badge keeps its own width.
     */
    private static String evaluatedArgumentLabel(String name, List<String> lines, EvaluationMarks.Badge badge) {
        int nameWidth = (int) Math.round(lines.stream().mapToInt(DisplayWidth::of).max().orElse(0)
                * NodeStyle.ARGUMENT.fontSize * AVERAGE_CHAR_WIDTH);
        int side = Math.max(0, (nameWidth - badge.width()) / 2);
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
                + "<TR><TD COLSPAN=\"3\"><I>" + name + "</I></TD></TR>"
                + "<TR><TD WIDTH=\"" + side + "\"></TD><TD CELLPADDING=\"2\">" + badge.html() + "</TD><TD WIDTH=\"" + side + "\"></TD></TR></TABLE>";
    }

    private static String hoverText(String tooltip, String id, Optional<EvaluationMarks> marks) {
        return marks.map(m -> tooltip + Tooltip.LINE_BREAK + DotText.tooltip(m.hoverLine(id))).orElse(tooltip);
    }

    private MutableNode argumentNode(Argument argument, Polarity sides, Optional<EvaluationMarks> marks) {
        String name = schemes.displayName(argument).orElse(argument.id());
        // never wider than a line of statement text
        int columns = Math.min(ARGUMENT_COLUMNS, options.wrapColumns());
        List<String> lines = new TextWrapper(columns).wrap(name);
        String label = lines.stream()
                .map(DotText::html)
                .collect(Collectors.joining("<BR/>"));
        String html = marks.map(m -> evaluatedArgumentLabel(label, lines, m.badge(argument.id(), NodeStyle.ARGUMENT.fontSize - 1)))
                .orElse("<I>" + label + "</I>");
        return styled(mutNode(argument.id()), NodeStyle.ARGUMENT, Tint.of(NodeStyle.ARGUMENT, sides.side(argument.id())))
                .add("id", DotText.plain("argument-" + argument.id()))
                .add("label", Label.html(html))
                .add("height", 0.2)
                .add("width", 0.3);
    }

    private String caption(NodeStyle style) {
        return "<FONT POINT-SIZE=\"" + captionPoints(style) + "\" COLOR=\"" + palette.caption() + "\">"
                + style.caption.toUpperCase(Locale.ROOT) + "</FONT>";
    }

    /**
     * The mark of an implicit statement, the analyst's reconstruction: lower-case italics in the
     * caption's size and colour, so it reads as a note on the box and never as a kind (kinds are
     * capitals and outlines) or an evaluation label (a badge); the outline stays the kind's.
     */
    static String reconstructedMark(Palette palette, int points) {
        return "<FONT POINT-SIZE=\"" + points + "\" COLOR=\"" + palette.caption() + "\"><I>"
                + RECONSTRUCTED + "</I></FONT>";
    }

    private static int captionPoints(NodeStyle style) {
        return style == NodeStyle.THESIS ? 10 : 8;
    }

    /** Outline from the kind, colours from the tint: side first, kind second. */
    private MutableNode styled(MutableNode node, NodeStyle style, Tint tint) {
        node.add("shape", style.shape)
                .add("style", style.style)
                .add("fillcolor", palette.fill(tint))
                .add("color", palette.border(tint))
                .add("penwidth", style.penWidth)
                .add("margin", style.margin);
        if (style.peripheries != 1) {
            node.add("peripheries", style.peripheries);
        }
        if (style.fontSize != 12) {
            node.add("fontsize", style.fontSize);
        }
        return node;
    }

    /**
     * Edges, as links on attribute-free stand-ins for their tail nodes, added at the top level.
     * graphviz-java writes an edge inside the subgraph that holds its tail node, and in DOT an
     * edge written inside a cluster pulls its head node into that cluster; stand-ins keep every
     * edge at the top level, so each node stays in the cluster it was declared in. The serializer
     * merges stand-ins with the declared nodes by name.
     */
    private List<MutableNode> edgeTails(List<Relation> relations, Set<Relation> weighted) {
        Map<String, MutableNode> tails = new LinkedHashMap<>();
        for (Relation relation : relations) {
            Link link = styledLink(mutNode(relation.to()), relation.style());
            if (weighted.contains(relation)) {
                link = link.with("weight", RebuttalPairs.WEIGHT);
            }
            tails.computeIfAbsent(relation.from(), id -> mutNode(id)).addLink(link);
        }
        return List.copyOf(tails.values());
    }

    /** Link.with returns a new link each time, so the chain's result is the styled link. */
    private Link styledLink(MutableNode head, EdgeStyle style) {
        return to(head)
                .with("color", palette.edge(style))
                .with("style", style.lineStyle)
                .with("arrowhead", style.arrowhead)
                .with("penwidth", style.penWidth);
    }

    /**
     * The map's title in large bold type over a line naming the source, linked when safe, and
     * {@code extraRow} (a table row) below them.
     */
    private Optional<Label> titleLabel(ArgumentMap map, Optional<String> extraRow) {
        List<String> titleLines = map.title().map(Text::value)
                .map(title -> new TextWrapper(TITLE_COLUMNS).wrap(title))
                .orElse(List.of());
        Optional<String> sourceLine = sourceLine(map.source());
        if (titleLines.isEmpty() && sourceLine.isEmpty() && extraRow.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder table = new StringBuilder(
                "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">");
        for (String line : titleLines) {
            // The embedded engine measures large bold text on the narrow side; a minimum width
            // keeps a long title from being clipped at the edge of a narrow diagram.
            long width = Math.round(line.codePointCount(0, line.length()) * TITLE_POINTS * BOLD_CHAR_WIDTH);
            table.append("<TR><TD WIDTH=\"").append(width).append("\"><FONT POINT-SIZE=\"").append(TITLE_POINTS)
                    .append("\"><B>").append(DotText.html(line)).append("</B></FONT></TD></TR>");
        }
        sourceLine.ifPresent(text -> {
            String lines = new TextWrapper(SOURCE_COLUMNS).wrap(text).stream()
                    .map(DotText::html)
                    .collect(Collectors.joining("<BR/>"));
            table.append("<TR><TD");
            map.source().url().map(Text::value).flatMap(HttpUrl::of).ifPresent(href ->
                    table.append(" HREF=\"").append(DotText.html(href)).append("\" TOOLTIP=\"Source\""));
            table.append("><FONT POINT-SIZE=\"12\" COLOR=\"").append(palette.source()).append("\">")
                    .append(lines).append("</FONT></TD></TR>");
        });
        extraRow.ifPresent(table::append);
        table.append("</TABLE>");
        return Optional.of(Label.html(table.toString()));
    }

    /** "Source title · author · publisher · date", from whichever of those are given. */
    private static Optional<String> sourceLine(Source source) {
        String line = Stream.of(source.title(), source.author(), source.publisher(), source.date())
                .flatMap(Optional::stream)
                .map(Text::value)
                .map(TextWrapper::normalizeSpace)
                .filter(value -> !value.isEmpty())
                .collect(Collectors.joining(" \u00b7 "));
        return line.isEmpty() ? Optional.empty() : Optional.of(line);
    }
}
