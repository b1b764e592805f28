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
    ACCEPTED(Label.ACCEPTED, "every attacker rejected, or none", "solid", 2),
    REJECTED(Label.REJECTED, "has an accepted attacker", "dashed", 1),
    UNDECIDED(Label.UNDECIDED, "attacks left unresolved (a cycle)", "dotted", 1);

    /** The label this style marks. */
    final Label label;
    /** What the legend says the label means. */
    final String meaning;
    /** The badge frame's line style, as an HTML-like table's STYLE. */
    final String frameStyle;
    /** The badge frame's width in points. */
    final int frameWidth;

    EvaluationStyle(Label label, String meaning, String frameStyle, int frameWidth) {
        this.label = label;
        this.meaning = meaning;
        this.frameStyle = frameStyle;
        this.frameWidth = frameWidth;
    }

    /** The word shown in the badge and the legend: the label's own, as reports and maps spell it. */
    String word() {
        return label.word();
    }

    static EvaluationStyle of(Label label) {
        return switch (label) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case UNDECIDED -> UNDECIDED;
        };
    }
}
