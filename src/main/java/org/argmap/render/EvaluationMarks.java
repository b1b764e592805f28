package org.argmap.render;

import java.util.Objects;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Label;
import org.argmap.evaluate.Strengths;
import org.argmap.text.Sentences;

/**
 * What an evaluated diagram adds to the plain one: on every statement and argument a badge with
 * its label's word and its strength ("accepted · 0.75"), framed in the label's
 * {@link EvaluationStyle}; a line in its hover text; and, under the title, what a reader must know
 * to read the numbers right.
 *
 * <p>The evaluation is of the whole map, also when a view draws part of it: a claim's label and
 * strength do not change with what is on the page. A partial view says so under its title. When
 * the strengths did not converge they mean nothing, so badges show the label alone and the title
 * says why.
 */
final class EvaluationMarks {

    /** Decimals of a strength on the diagram. */
    static final int DECIMALS = Strengths.DIAGRAM_DECIMALS;
    /** A strength as the diagram writes it, for the legend's example. */
    static final String SAMPLE_STRENGTH = "0.75";
    private static final int BADGE_PADDING = 1;

    private final Evaluation evaluation;
    private final Palette palette;

    EvaluationMarks(Evaluation evaluation, Palette palette) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    boolean converged() {
        return evaluation.converged();
    }

    /** A strength with {@link #DECIMALS} decimals, e.g. {@code 0.69} for 0.6875. */
    static String strength(double value) {
        return Strengths.format(value, DECIMALS);
    }

    /** The badge's text for {@code id}: the label's word and, when the strengths converged, the strength. */
    String text(String id) {
        EvaluationStyle style = EvaluationStyle.of(label(id));
        return evaluation.strength(id).map(value -> style.word() + " \u00b7 " + strength(value)).orElse(style.word());
    }

    /**
     * A badge as an HTML-like table, and how wide it is in points, frame included. A table
     * placed in a wider cell stretches to fill it, so whoever places a badge needs its width.
     */
    record Badge(String html, int width) {
    }

    /** The badge of {@code id}, its text {@code points} high. */
    Badge badge(String id, int points) {
        return badge(EvaluationStyle.of(label(id)), text(id), points, palette);
    }

    /**
     * A framed badge in the colour of {@code style}. The embedded engine measures bold text as if
     * it were regular, too narrow, so the cell reserves the text's width in bold Helvetica.
     */
    static Badge badge(EvaluationStyle style, String text, int points, Palette palette) {
        String colour = palette.evaluation(style);
        // a tenth more than the metrics: renderers that substitute another sans for Helvetica run wider
        int textWidth = (int) Math.ceil(boldWidth(text) * points * 1.1) + 2;
        String html = "<TABLE BORDER=\"" + style.frameWidth + "\"" + frameStyle(style) + " COLOR=\"" + colour
                + "\" BGCOLOR=\"" + palette.evaluationFill() + "\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\""
                + BADGE_PADDING + "\"><TR><TD WIDTH=\"" + textWidth + "\"><FONT POINT-SIZE=\"" + points + "\" COLOR=\""
                + colour + "\"><B>" + DotText.html(text) + "</B></FONT></TD></TR></TABLE>";
        return new Badge(html, textWidth + 2 * (BADGE_PADDING + style.frameWidth));
    }

    /**
     * Width of {@code text} in Helvetica Bold, in ems, from the font's metrics (thousandths of an
     * em) for the characters a badge holds: the label words, digits, the point, the middle dot
     * and the space. Any other character counts as wide as the widest of them.
     */
    static double boldWidth(String text) {
        return text.chars().map(EvaluationMarks::boldGlyphWidth).sum() / 1000.0;
    }

    private static int boldGlyphWidth(int c) {
        if (c >= '0' && c <= '9') {
            return 556;
        }
        return switch (c) {
            case 'a', 'c', 'e' -> 556;
            case 'd', 'n', 'p', 'u' -> 611;
            case 'i', 'j', ' ', '.', '\u00b7' -> 278;
            case 'r' -> 389;
            case 't' -> 333;
            default -> 611;
        };
    }

    private static String frameStyle(EvaluationStyle style) {
        return style.frameStyle.equals("solid") ? "" : " STYLE=\"" + style.frameStyle + "\"";
    }

    /** The last line of {@code id}'s hover text, e.g. "Evaluation: accepted, strength 0.75". */
    String hoverLine(String id) {
        String word = EvaluationStyle.of(label(id)).word();
        return evaluation.strength(id)
                .map(value -> "Evaluation: " + word + ", strength " + strength(value))
                .orElseGet(() -> "Evaluation: " + word + "; " + Strengths.notConverged(evaluation));
    }

    /**
     * Rows for the title's table: that strengths are missing because they did not converge, and
     * in a partial view that labels and strengths are those of the whole map. Empty when there is
     * nothing to say.
     */
    Optional<String> titleRows(boolean partial) {
        StringBuilder rows = new StringBuilder();
        if (!evaluation.converged()) {
            rows.append(row(Sentences.capitalized(Strengths.notConvergedAndWhy(evaluation))));
        }
        if (partial) {
            rows.append(row("Labels and strengths are those of the whole map, including what is not shown"));
        }
        return rows.length() == 0 ? Optional.empty() : Optional.of(rows.toString());
    }

    private String row(String text) {
        return "<TR><TD><FONT POINT-SIZE=\"12\" COLOR=\"" + palette.note() + "\"><I>" + DotText.html(text)
                + "</I></FONT></TD></TR>";
    }

    private Label label(String id) {
        return evaluation.label(id).orElseThrow(() -> new IllegalArgumentException(
                "the evaluation has no label for '" + id + "': evaluate the whole map the drawing is taken from"));
    }
}
