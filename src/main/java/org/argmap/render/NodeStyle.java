package org.argmap.render;

import org.argmap.model.Kind;

/**
 * How each kind of node is drawn, whatever the theme. Every kind differs in shape or outline, so
 * the diagram still reads in grey print or for readers who cannot tell red from green; each
 * theme's {@link Palette} adds colour on top.
 */
enum NodeStyle {
    THESIS("thesis", "box", "rounded,filled,bold", 2, 2.0, 15, "0.16,0.1"),
    PREMISE("premise", "box", "rounded,filled", 1, 1.2, 12, "0.14,0.08"),
    // Dashed like attack edges. Octagons would say "stop" more loudly, but Graphviz draws any
    // polygon of more than four sides about 40% wider than its label, which widens maps a lot.
    COUNTERPOINT("counterpoint", "box", "filled,dashed", 1, 1.6, 12, "0.14,0.08"),
    REBUTTAL("rebuttal", "box", "filled,diagonals", 1, 1.2, 12, "0.14,0.08"),
    ARGUMENT("argument", "ellipse", "filled", 1, 1.0, 9, "0.12,0.03");

    /** The word shown small at the top of a statement's box and in the legend. */
    final String caption;
    final String shape;
    final String style;
    final int peripheries;
    final double penWidth;
    final int fontSize;
    /** Space between label and outline, in inches: horizontal,vertical. */
    final String margin;

    NodeStyle(String caption, String shape, String style, int peripheries, double penWidth, int fontSize, String margin) {
        this.caption = caption;
        this.shape = shape;
        this.style = style;
        this.peripheries = peripheries;
        this.penWidth = penWidth;
        this.fontSize = fontSize;
        this.margin = margin;
    }

    static NodeStyle of(Kind kind) {
        return switch (kind) {
            case THESIS -> THESIS;
            case PREMISE -> PREMISE;
            case COUNTERPOINT -> COUNTERPOINT;
            case REBUTTAL -> REBUTTAL;
        };
    }
}
