package org.argmap.render;

import java.util.Optional;
import org.argmap.model.Side;

/**
 * The fill and outline colour family of a node, chosen by its side first and its kind second, so
 * that a reader sees at a glance which side every box and ellipse is on while the outline
 * ({@link NodeStyle}) keeps saying what kind it is. Each {@link Palette} gives every tint its
 * colours: in the colour themes pro tints are cool (green, blue) and con tints warm (red), in
 * print pro tints are white or pale and con tints a clearly darker grey.
 *
 * <p>Where a kind already implies a side (a counterpoint is normally con, a rebuttal pro) the tint
 * is the kind's own, as it was before sides were drawn; a premise and an argument, which can be
 * on either side, get the tint of their side. An attacker on the side its kind does not imply (a
 * counterpoint that attacks a con claim) takes the other attacker's tint, since the side wins. A
 * statement or argument that nothing links to a thesis has no side and gets the neutral tint.
 */
enum Tint {
    THESIS,
    /** A premise on the thesis's side. */
    PRO_PREMISE,
    /** A premise against the thesis: it supports a counterpoint, or a con argument. */
    CON_PREMISE,
    /** An attacker against the thesis, as counterpoints are. */
    CON_ATTACK,
    /** An attacker on the thesis's side, as rebuttals are. */
    PRO_ATTACK,
    PRO_ARGUMENT,
    CON_ARGUMENT,
    /** No side: nothing links the node to a thesis. */
    NO_SIDE;

    /** The tint of a node drawn in {@code style} that is on {@code side}, or on none when empty. */
    static Tint of(NodeStyle style, Optional<Side> side) {
        if (style == NodeStyle.THESIS) {
            return THESIS;
        }
        if (side.isEmpty()) {
            return NO_SIDE;
        }
        boolean pro = side.get() == Side.PRO;
        return switch (style) {
            case PREMISE -> pro ? PRO_PREMISE : CON_PREMISE;
            case COUNTERPOINT, REBUTTAL -> pro ? PRO_ATTACK : CON_ATTACK;
            case ARGUMENT -> pro ? PRO_ARGUMENT : CON_ARGUMENT;
            case THESIS -> THESIS;
        };
    }

    /** The tint a kind has on the side it usually takes, as the legend shows it. */
    static Tint usual(NodeStyle style) {
        return switch (style) {
            case THESIS -> THESIS;
            case PREMISE -> PRO_PREMISE;
            case COUNTERPOINT -> CON_ATTACK;
            case REBUTTAL -> PRO_ATTACK;
            case ARGUMENT -> PRO_ARGUMENT;
        };
    }
}
