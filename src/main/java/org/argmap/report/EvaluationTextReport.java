package org.argmap.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.argmap.diagnostic.PrintableText;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Label;
import org.argmap.evaluate.Strengths;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.StatementGroups;
import org.argmap.model.Text;
import org.argmap.text.DisplayWidth;
import org.argmap.text.Plural;
import org.argmap.text.TextWrapper;

/**
 * Evaluation results as a table for people. Each map is a block headed by its file name (and its
 * title): the thesis first, then the other statements grouped by perspective in the map's order
 * ({@link StatementGroups}: those of no perspective, then each perspective as the map declares
 * them), then the arguments; statements and arguments keep map order within their group. Columns: id, kind, label, strength and the title (a statement's title, else
 * its text; an argument's premises and conclusion). The title column takes what the others leave
 * of the width and wraps at spaces, over at most {@value #MAX_TITLE_LINES} lines. An id too long
 * for its column stands on a line of its own above its row. A line of counts closes the block.
 *
 * <p>Strengths have {@value #DECIMALS} decimals: enough to tell apart what weights written with
 * one or two decimals produce (halving 0.25 gives 0.125), without suggesting the precision of
 * a double. The JSON report has every digit. When the strengths did not converge every cell says
 * {@value #NOT_CONVERGED} instead of a number.
 */
public final class EvaluationTextReport {

    /** Lines stay within this many characters, so the table fits an 80-column terminal. */
    public static final int DEFAULT_WIDTH = 80;
    /** Digits after the decimal point in the strength column. */
    public static final int DECIMALS = Strengths.TABLE_DECIMALS;
    /** The strength cell of every node when the strengths did not converge. */
    public static final String NOT_CONVERGED = "not converged";
    /** A title longer than this many lines is cut, the cut marked with "...". */
    public static final int MAX_TITLE_LINES = 3;

    static final String NO_PERSPECTIVE = "(no perspective)";
    private static final int GAP = 2;
    private static final int INDENT = 2;
    /** Ids longer than this (with the indent) stand on a line of their own above their row. */
    private static final int MAX_ID_COLUMN = 20;
    private static final int MIN_TITLE_COLUMN = 16;
    private static final String ELLIPSIS = "...";

    private final int width;

    public EvaluationTextReport() {
        this(DEFAULT_WIDTH);
    }

    /** @param width the longest line wanted; the title column gets what the other columns leave */
    public EvaluationTextReport(int width) {
        if (width < 40) {
            throw new IllegalArgumentException("a table needs at least 40 columns, not " + width);
        }
        this.width = width;
    }

    /** A block for each map, in the order given, separated by blank lines. */
    public String report(List<EvaluatedMap> maps) {
        StringBuilder out = new StringBuilder();
        for (EvaluatedMap map : maps) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(block(map));
        }
        return out.toString();
    }

    /** One map's block: heading, table, counts; every line ends with a line break. */
    public String block(EvaluatedMap evaluated) {
        ArgumentMap map = evaluated.map();
        Evaluation evaluation = evaluated.evaluation();
        List<Group> groups = groups(map, evaluation);
        StringBuilder out = new StringBuilder();
        out.append(PrintableText.line(map.file())).append('\n');
        map.title().map(Text::value)
                .ifPresent(title -> wrap(oneLine(title), width, Integer.MAX_VALUE).forEach(line -> out.append(line).append('\n')));
        out.append('\n');

        int idColumn = Math.max("id".length(), groups.stream().flatMap(g -> g.rows().stream())
                .mapToInt(r -> INDENT + r.id().length()).filter(w -> w <= MAX_ID_COLUMN).max().orElse(0));
        int kindColumn = columnWidth("kind", groups, Row::kind);
        int labelColumn = columnWidth("label", groups, Row::label);
        int strengthColumn = columnWidth("strength", groups, Row::strength);
        int titleColumn = Math.max(MIN_TITLE_COLUMN,
                width - idColumn - kindColumn - labelColumn - strengthColumn - 4 * GAP);
        Columns columns = new Columns(idColumn, kindColumn, labelColumn, strengthColumn);

        out.append(columns.line("id", "kind", "label", "strength", "title")).append('\n');
        out.append(columns.line(dashes(idColumn), dashes(kindColumn), dashes(labelColumn), dashes(strengthColumn),
                dashes(titleColumn))).append('\n');
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            out.append(g == 0 ? "" : "\n").append(group.heading()).append('\n');
            for (Row row : group.rows()) {
                String id = " ".repeat(INDENT) + row.id();
                if (id.length() > idColumn) {
                    out.append(id).append('\n');
                    id = "";
                }
                List<String> title = wrap(row.title(), titleColumn, MAX_TITLE_LINES);
                out.append(columns.line(id, row.kind(), row.label(), row.strength(), title.get(0))).append('\n');
                for (String more : title.subList(1, title.size())) {
                    out.append(columns.line("", "", "", "", more)).append('\n');
                }
            }
        }
        out.append('\n').append(counts(map, evaluation)).append('\n');
        return out.toString();
    }

    /** A strength as the table shows it: {@value #DECIMALS} decimals, a dot whatever the locale. */
    public static String strength(double value) {
        return Strengths.format(value, DECIMALS);
    }

    private record Row(String id, String kind, String label, String strength, String title) {
    }

    private record Group(String heading, List<Row> rows) {
    }

    /** The widths of the columns before the title, which is last and takes the rest. */
    private record Columns(int id, int kind, int label, int strength) {
        String line(String idCell, String kindCell, String labelCell, String strengthCell, String titleCell) {
            String gap = " ".repeat(GAP);
            String line = pad(idCell, id) + gap + pad(kindCell, kind) + gap + pad(labelCell, label) + gap
                    + padLeft(strengthCell, strength) + gap + titleCell;
            return line.stripTrailing();
        }
    }

    private static List<Group> groups(ArgumentMap map, Evaluation evaluation) {
        List<Group> groups = new ArrayList<>();
        addGroup(groups, "Thesis", map.statements().values().stream().filter(s -> s.kind() == Kind.THESIS).toList(),
                evaluation);
        List<StatementGroups.Group> byPerspective = StatementGroups.of(map);
        boolean anyPerspective = byPerspective.stream().anyMatch(g -> g.perspective().isPresent()
                && g.statements().stream().anyMatch(s -> s.kind() != Kind.THESIS));
        for (StatementGroups.Group group : byPerspective) {
            String heading = group.perspective().map(p -> "Perspective: " + oneLine(p.displayName()))
                    .orElse(anyPerspective ? NO_PERSPECTIVE : "Statements");
            addGroup(groups, heading, group.statements().stream().filter(s -> s.kind() != Kind.THESIS).toList(),
                    evaluation);
        }
        List<Row> arguments = map.arguments().values().stream().map(a -> row(a, evaluation)).toList();
        if (!arguments.isEmpty()) {
            groups.add(new Group("Arguments", arguments));
        }
        return groups;
    }

    private static void addGroup(List<Group> groups, String heading, List<Statement> statements, Evaluation evaluation) {
        if (!statements.isEmpty()) {
            groups.add(new Group(heading, statements.stream().map(s -> row(s, evaluation)).toList()));
        }
    }

    private static Row row(Statement statement, Evaluation evaluation) {
        return new Row(PrintableText.line(statement.id()), statement.kind().word(), label(evaluation, statement.id()),
                strengthCell(evaluation, statement.id()), oneLine(statement.annotatedLabel()));
    }

    private static Row row(Argument argument, Evaluation evaluation) {
        String premises = String.join(" + ", argument.premises().stream().map(Ref::id).toList());
        return new Row(PrintableText.line(argument.id()), argument.kind().word(), label(evaluation, argument.id()),
                strengthCell(evaluation, argument.id()), oneLine(premises + " -> " + argument.conclusion().id()));
    }

    private static String label(Evaluation evaluation, String id) {
        return evaluation.label(id).orElseThrow().word();
    }

    private static String strengthCell(Evaluation evaluation, String id) {
        return evaluation.strength(id).map(EvaluationTextReport::strength).orElse(NOT_CONVERGED);
    }

    private static String counts(ArgumentMap map, Evaluation evaluation) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        evaluation.labels().values().forEach(label -> counts.merge(label, 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        for (Label label : Label.values()) {
            parts.add(counts.getOrDefault(label, 0) + " " + label.word());
        }
        String nodes = Plural.count(map.statements().size(), "statement")
                + (map.arguments().isEmpty() ? "" : " and " + Plural.count(map.arguments().size(), "argument"));
        String line = nodes + ": " + String.join(", ", parts);
        if (!evaluation.converged()) {
            line += "\n" + Strengths.notConverged(evaluation);
        }
        return line;
    }

    private static int columnWidth(String header, List<Group> groups, java.util.function.Function<Row, String> cell) {
        return Math.max(header.length(),
                groups.stream().flatMap(g -> g.rows().stream()).mapToInt(r -> cell.apply(r).length()).max().orElse(0));
    }

    /**
     * White space runs (line breaks of literal blocks included) become single spaces; any other
     * control or invisible character is {@link PrintableText#line escaped}.
     */
    private static String oneLine(String text) {
        return PrintableText.line(collapsed(text));
    }

    private static String collapsed(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    /**
     * {@code text} on one line, broken by the {@link TextWrapper} into lines of at most
     * {@code columns} display columns at spaces (inside a word only when the word alone is longer);
     * past {@code maxLines} it is cut, the cut marked with "...".
     */
    static List<String> wrap(String text, int columns, int maxLines) {
        List<String> lines = new TextWrapper(columns).wrap(text);
        if (lines.isEmpty()) {
            return List.of("");
        }
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
        String last = kept.get(maxLines - 1);
        kept.set(maxLines - 1, DisplayWidth.of(last) + ELLIPSIS.length() <= columns
                ? last + ELLIPSIS
                : DisplayWidth.prefix(last, columns - ELLIPSIS.length()).stripTrailing() + ELLIPSIS);
        return List.copyOf(kept);
    }

    private static String pad(String text, int columns) {
        int length = DisplayWidth.of(text);
        return length >= columns ? text : text + " ".repeat(columns - length);
    }

    private static String padLeft(String text, int columns) {
        int length = DisplayWidth.of(text);
        return length >= columns ? text : " ".repeat(columns - length) + text;
    }

    private static String dashes(int columns) {
        return "-".repeat(columns);
    }
}
