package org.argmap.render;

import java.util.ArrayList;
import java.util.List;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.text.DisplayWidth;
import org.argmap.text.TextWrapper;

/**
 * The lines of text in a statement's box, as {@link DiagramOptions#labels()} chooses them, and how
 * wide the text cell of every box is.
 */
final class StatementLabel {

    /** Bold Helvetica runs about a tenth wider than regular (its font metrics: 0.61 against 0.556 em for most letters). */
    static final double BOLD_WIDTH = 1.1;

    /** One line of a label; a title's lines are bold, a qualifier's italic. */
    record Line(String text, boolean bold, boolean italic) {
        Line(String text, boolean bold) {
            this(text, bold, false);
        }
    }

    private StatementLabel() {
    }

    /**
     * {@code both}: the title's lines in bold, then the text's; {@code text}: the text's alone;
     * {@code title}: the title's alone, or the text's when there is no title. A qualifier is shown
     * in italics just above the text, wherever the text is shown. Each part is wrapped to the
     * options' width on its own, a title's to as many bold characters as that width holds.
     */
    static List<Line> lines(Statement statement, DiagramOptions options) {
        TextWrapper wrapper = new TextWrapper(options.wrapColumns());
        List<Line> lines = new ArrayList<>();
        boolean showTitle = options.labels() != DiagramOptions.LabelMode.TEXT && statement.title().isPresent();
        boolean showText = options.labels() != DiagramOptions.LabelMode.TITLE || !showTitle;
        if (showTitle) {
            // Bold runs wider, so a title wrapped at the text's columns ran past the box's edge.
            new TextWrapper(titleColumns(options.wrapColumns())).wrap(statement.title().map(Text::value).orElseThrow())
                    .forEach(line -> lines.add(new Line(line, true)));
        }
        if (showText) {
            statement.qualifier().ifPresent(qualifier ->
                    wrapper.wrap(qualifier.shown()).forEach(line -> lines.add(new Line(line, false, true))));
            wrapper.wrap(statement.text().value()).forEach(line -> lines.add(new Line(line, false)));
        }
        return List.copyOf(lines);
    }

    /** How many bold characters take no more width than {@code wrapColumns} regular ones. */
    static int titleColumns(int wrapColumns) {
        return Math.max(1, (int) Math.floor(wrapColumns / BOLD_WIDTH));
    }

    /**
     * Width of every box's text cell, in columns of regular text. With full text shown it is the
     * wrap width, so boxes are even and no line can overflow. Titles alone are short: then it is
     * the widest line of the map (bold lines counted wider), so the overview stays compact while
     * its boxes stay even.
     */
    static int cellColumns(ArgumentMap map, DiagramOptions options) {
        if (options.labels() != DiagramOptions.LabelMode.TITLE) {
            return options.wrapColumns();
        }
        int widest = 1;
        for (Statement statement : map.statements().values()) {
            for (Line line : lines(statement, options)) {
                int columns = DisplayWidth.of(line.text());
                widest = Math.max(widest, (int) Math.ceil(line.bold() ? columns * BOLD_WIDTH : columns));
            }
        }
        return widest;
    }
}
