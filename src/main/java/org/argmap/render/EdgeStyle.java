package org.argmap.render;

/**
 * How each kind of relation is drawn, whatever the theme. Every kind differs in line style or
 * arrowhead, so none depends on colour alone; each theme's {@link Palette} adds a colour, and
 * support and attack differ in colour too where the theme has colours.
 */
enum EdgeStyle {
    SUPPORTS("supports", "solid", "normal", 1.4),
    ATTACKS("attacks", "dashed", "tee", 1.4),
    UNDERCUTS("undercuts an argument", "dotted", "tee", 2.2),
    PREMISE_OF("premise of an argument", "solid", "none", 1.2);

    /** What the legend says this line means. */
    final String meaning;
    final String lineStyle;
    final String arrowhead;
    final double penWidth;

    EdgeStyle(String meaning, String lineStyle, String arrowhead, double penWidth) {
        this.meaning = meaning;
        this.lineStyle = lineStyle;
        this.arrowhead = arrowhead;
        this.penWidth = penWidth;
    }
}
