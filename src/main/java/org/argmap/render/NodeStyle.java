package org.argmap.render;

import org.argmap.model.Kind;

/**
 * How each kind of node is drawn. Every kind differs in shape and outline as well as colour, so
 * the diagram still reads in grey print or for readers who cannot tell red from green.
 */
enum NodeStyle {
    THESIS("thesis", "box", "rounded,filled,bold", 2, "#fff3c4", "#8a6d00", 2.0, 15, "0.16,0.1"),
    PREMISE("premise", "box", "rounded,filled", 1, "#e6f4e4", "#2e7d32", 1.2, 12, "0.14,0.08"),
    // Dashed like attack edges. Octagons would say "stop" more loudly, but Graphviz draws any
    // polygon of more than four sides about 40% wider than its label, which widens maps a lot.
    COUNTERPOINT("counterpoint", "box", "filled,dashed", 1, "#fbe4e2", "#c62828", 1.6, 12, "0.14,0.08"),
    REBUTTAL("rebuttal", "box", "filled,diagonals", 1, "#e6ecf8", "#1f4e99", 1.2, 12, "0.14,0.08"),
    ARGUMENT("argument", "ellipse", "filled", 1, "#eeeeee", "#555555", 1.0, 9, "0.12,0.03");

    /** The word shown small at the top of a statement's box and in the legend. */
    final String caption;
    final String shape;
    final String style;
    final int peripheries;
    final String fill;
    final String border;
    final double penWidth;
    final int fontSize;
    /** Space between label and outline, in inches: horizontal,vertical. */
    final String margin;

    NodeStyle(String caption, String shape, String style, int peripheries, String fill, String border,
              double penWidth, int fontSize, String margin) {
        this.caption = caption;
        this.shape = shape;
        this.style = style;
        this.peripheries = peripheries;
        this.fill = fill;
        this.border = border;
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
