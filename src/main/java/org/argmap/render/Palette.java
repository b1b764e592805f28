package org.argmap.render;

import java.util.EnumMap;
import java.util.Map;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import org.argmap.render.DiagramOptions.Theme;

/**
 * The colours of one theme; shapes, outline styles, line styles and arrowheads belong to
 * {@link NodeStyle} and {@link EdgeStyle} and are the same in every theme, so every theme lays a
 * map out alike and kinds stay apart by outline even where colour cannot be seen.
 *
 * @param background       the page colour; empty leaves Graphviz's white
 * @param text             the colour of text not coloured otherwise; empty leaves Graphviz's black
 * @param fills            the fill of each tint: side first, kind second (see {@link Tint})
 * @param borders          the outline colour of each tint
 * @param edges            the line and arrowhead colour of each edge style
 * @param caption          the kind named small at the top of a statement's box
 * @param source           the line naming the map's source under its title
 * @param note             what a partial view says it left out, under the title and in nodes
 * @param clusterFill      the band of a perspective
 * @param clusterBorder    the outline of a perspective's band
 * @param legendBorder     the legend's outline
 * @param legendBackground the legend's fill
 * @param evaluations      the frame and word of each evaluation label's badge
 * @param evaluationFill   the fill of every evaluation badge, the same for all labels so that the
 *                         word stays equally readable on each
 */
record Palette(
        Optional<String> background,
        Optional<String> text,
        Map<Tint, String> fills,
        Map<Tint, String> borders,
        Map<EdgeStyle, String> edges,
        String caption,
        String source,
        String note,
        String clusterFill,
        String clusterBorder,
        String legendBorder,
        String legendBackground,
        Map<EvaluationStyle, String> evaluations,
        String evaluationFill) {

    /**
     * The look argmap has always drawn: pale fills on white, pro cool (green premises, blue
     * rebuttals) and con warm (red), so where a kind already implies its side nothing changed
     * when sides came to be drawn.
     */
    static final Palette LIGHT = new Palette(Optional.empty(), Optional.empty(),
            tintColours("#fff3c4", "#e6f4e4", "#fbe4e2", "#fbe4e2", "#e6ecf8", "#e2efe0", "#f8e0dd", "#ffffff"),
            tintColours("#8a6d00", "#2e7d32", "#c62828", "#c62828", "#1f4e99", "#555555", "#555555", "#757575"),
            edgeColours("#2e7d32", "#c62828", "#c62828", "#555555"),
            "#555555", "#444444", "#6d4c00", "#f7f7f7", "#9e9e9e", "#9e9e9e", "#ffffff",
            evaluationColours("#1b5e20", "#b71c1c", "#555555"), "#ffffff");

    /**
     * Light text on a near-black page. Fills are dark shades of the light theme's hues and
     * outlines and lines bright ones, so black-on-white hues keep their meaning.
     */
    static final Palette DARK = new Palette(Optional.of("#1b1d21"), Optional.of("#e8e8e8"),
            tintColours("#4a3b00", "#1d3b22", "#4a1c1c", "#4a1c1c", "#1a2d4d", "#2a3b2c", "#45292a", "#2a2d33"),
            tintColours("#f2c230", "#6cc070", "#f0625c", "#f0625c", "#6fa8f0", "#a0a0a0", "#a0a0a0", "#a0a0a0"),
            edgeColours("#6cc070", "#f0625c", "#f0625c", "#a0a0a0"),
            "#b5b5b5", "#c8c8c8", "#f2c94c", "#26292e", "#5c6068", "#5c6068", "#22252a",
            evaluationColours("#7ed47f", "#ff7a73", "#c8c8c8"), "#1b1d21");

    /**
     * Greys only (every colour has equal red, green and blue), for black-and-white print and
     * photocopies. Sides differ in how dark the fill is (pro white or pale, con a clearly darker
     * grey), kinds in outline shape, border style and peripheries; relations in line style and
     * arrowhead; a node with no side has a grey outline. Fills stay light enough for black text.
     */
    static final Palette PRINT = new Palette(Optional.empty(), Optional.empty(),
            tintColours("#e0e0e0", "#ffffff", "#bdbdbd", "#bdbdbd", "#eeeeee", "#eeeeee", "#bdbdbd", "#ffffff"),
            tintColours("#000000", "#000000", "#000000", "#000000", "#000000", "#404040", "#404040", "#808080"),
            edgeColours("#000000", "#000000", "#000000", "#666666"),
            "#404040", "#333333", "#333333", "#f4f4f4", "#808080", "#808080", "#ffffff",
            evaluationColours("#000000", "#000000", "#000000"), "#ffffff");

    Palette {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(text, "text");
        fills = complete(fills, Tint.class, "fills");
        borders = complete(borders, Tint.class, "borders");
        edges = complete(edges, EdgeStyle.class, "edges");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(clusterFill, "clusterFill");
        Objects.requireNonNull(clusterBorder, "clusterBorder");
        Objects.requireNonNull(legendBorder, "legendBorder");
        Objects.requireNonNull(legendBackground, "legendBackground");
        evaluations = complete(evaluations, EvaluationStyle.class, "evaluations");
        Objects.requireNonNull(evaluationFill, "evaluationFill");
    }

    /** The palette that draws {@code theme}. */
    static Palette of(Theme theme) {
        return switch (theme) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case PRINT -> PRINT;
        };
    }

    String fill(Tint tint) {
        return fills.get(tint);
    }

    String border(Tint tint) {
        return borders.get(tint);
    }

    String edge(EdgeStyle style) {
        return edges.get(style);
    }

    String evaluation(EvaluationStyle style) {
        return evaluations.get(style);
    }

    private static Map<Tint, String> tintColours(String thesis, String proPremise, String conPremise,
                                                 String conAttack, String proAttack, String proArgument,
                                                 String conArgument, String noSide) {
        Map<Tint, String> colours = new EnumMap<>(Tint.class);
        colours.put(Tint.THESIS, thesis);
        colours.put(Tint.PRO_PREMISE, proPremise);
        colours.put(Tint.CON_PREMISE, conPremise);
        colours.put(Tint.CON_ATTACK, conAttack);
        colours.put(Tint.PRO_ATTACK, proAttack);
        colours.put(Tint.PRO_ARGUMENT, proArgument);
        colours.put(Tint.CON_ARGUMENT, conArgument);
        colours.put(Tint.NO_SIDE, noSide);
        return colours;
    }

    private static Map<EdgeStyle, String> edgeColours(String supports, String attacks, String undercuts,
                                                      String premiseOf) {
        Map<EdgeStyle, String> colours = new EnumMap<>(EdgeStyle.class);
        colours.put(EdgeStyle.SUPPORTS, supports);
        colours.put(EdgeStyle.ATTACKS, attacks);
        colours.put(EdgeStyle.UNDERCUTS, undercuts);
        colours.put(EdgeStyle.PREMISE_OF, premiseOf);
        return colours;
    }

    private static Map<EvaluationStyle, String> evaluationColours(String accepted, String rejected, String undecided) {
        Map<EvaluationStyle, String> colours = new EnumMap<>(EvaluationStyle.class);
        colours.put(EvaluationStyle.ACCEPTED, accepted);
        colours.put(EvaluationStyle.REJECTED, rejected);
        colours.put(EvaluationStyle.UNDECIDED, undecided);
        return colours;
    }

    /** An unmodifiable copy of {@code colours}, which must name a colour for every style. */
    private static <S extends Enum<S>> Map<S, String> complete(Map<S, String> colours, Class<S> styles, String what) {
        Map<S, String> copy = new EnumMap<>(styles);
        copy.putAll(colours);
        for (S style : styles.getEnumConstants()) {
            Objects.requireNonNull(copy.get(style), () -> what + " has no colour for " + style);
        }
        return Collections.unmodifiableMap(copy);
    }
}
