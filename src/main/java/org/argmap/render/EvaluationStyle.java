package org.argmap.render;

import org.argmap.evaluate.Label;

/**
 * How each evaluation label is marked on a node, whatever the theme: the label's word in a small
 * framed badge, and the badge's frame drawn in a line style of its own, so labels differ in word
 * and outline even where colour cannot be seen; each theme's {@link Palette} adds a colour.
 *
 * <p>The badge's frame, not the node's outline, carries the label: node outlines already tell the
 * kinds apart (a counterpoint's is dashed, the thesis's bold and double), and a second meaning on
 * the same line would make both unreadable.
 */
enum EvaluationStyle {
    ACCEPTED("accepted", "every attacker rejected, or none", "solid", 2),
    REJECTED("rejected", "has an accepted attacker", "dashed", 1),
    UNDECIDED("undecided", "attacks left unresolved (a cycle)", "dotted", 1);

    /** The word shown in the badge and the legend. */
    final String word;
    /** What the legend says the label means. */
    final String meaning;
    /** The badge frame's line style, as an HTML-like table's STYLE. */
    final String frameStyle;
    /** The badge frame's width in points. */
    final int frameWidth;

    EvaluationStyle(String word, String meaning, String frameStyle, int frameWidth) {
        this.word = word;
        this.meaning = meaning;
        this.frameStyle = frameStyle;
        this.frameWidth = frameWidth;
    }

    static EvaluationStyle of(Label label) {
        return switch (label) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case UNDECIDED -> UNDECIDED;
        };
    }
}
