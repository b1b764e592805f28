package org.argmap.render;

/**
 * How each kind of relation is drawn. Support and attack differ in colour, line style and
 * arrowhead at once, so no single cue carries the meaning alone.
 */
enum EdgeStyle {
    SUPPORTS("supports", "#2e7d32", "solid", "normal", 1.4),
    ATTACKS("attacks", "#c62828", "dashed", "tee", 1.4),
    UNDERCUTS("undercuts an argument", "#c62828", "dotted", "tee", 2.2),
    PREMISE_OF("premise of an argument", "#555555", "solid", "none", 1.2);

    /** What the legend says this line means. */
    final String meaning;
    final String color;
    final String lineStyle;
    final String arrowhead;
    final double penWidth;

    EdgeStyle(String meaning, String color, String lineStyle, String arrowhead, double penWidth) {
        this.meaning = meaning;
        this.color = color;
        this.lineStyle = lineStyle;
        this.arrowhead = arrowhead;
        this.penWidth = penWidth;
    }
}
