package org.argmap.render;

import java.util.Objects;

/**
 * How a map is drawn. Every field has a default, so a map draws the same whatever options exist;
 * the command line and the map's own {@code render:} section override them.
 *
 * @param direction   where the thesis sits and which way its reasons spread
 * @param labels      what a statement's box shows
 * @param wrapColumns width of a line of statement text, in characters
 * @param theme       colours and line styles
 */
public record DiagramOptions(Direction direction, LabelMode labels, int wrapColumns, Theme theme) {

    public static final int DEFAULT_WRAP = 36;
    public static final int MIN_WRAP = 12;
    public static final int MAX_WRAP = 120;

    public static final DiagramOptions DEFAULT =
            new DiagramOptions(Direction.LR, LabelMode.BOTH, DEFAULT_WRAP, Theme.LIGHT);

    public DiagramOptions {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(theme, "theme");
        if (wrapColumns < MIN_WRAP || wrapColumns > MAX_WRAP) {
            throw new IllegalArgumentException("wrap width " + wrapColumns + " is outside " + MIN_WRAP + ".." + MAX_WRAP);
        }
    }

    public DiagramOptions withDirection(Direction newDirection) {
        return new DiagramOptions(newDirection, labels, wrapColumns, theme);
    }

    public DiagramOptions withLabels(LabelMode newLabels) {
        return new DiagramOptions(direction, newLabels, wrapColumns, theme);
    }

    public DiagramOptions withWrapColumns(int newWrapColumns) {
        return new DiagramOptions(direction, labels, newWrapColumns, theme);
    }

    public DiagramOptions withTheme(Theme newTheme) {
        return new DiagramOptions(direction, labels, wrapColumns, newTheme);
    }

    /**
     * Which way a diagram reads, from the thesis outwards: {@code LR} puts the thesis at the left
     * with its reasons spreading to the right, {@code TB} puts it at the top, and so on. (Edges
     * point from a reason to what it supports, so Graphviz's own rankdir is the opposite.)
     */
    public enum Direction {
        TB("BT"), BT("TB"), LR("RL"), RL("LR");

        private final String rankdir;

        Direction(String rankdir) {
            this.rankdir = rankdir;
        }

        /** Graphviz's {@code rankdir} that gives this reading direction. */
        public String rankdir() {
            return rankdir;
        }
    }

    /** What a statement's box shows: its short title, its full text, or both (title first). */
    public enum LabelMode { TITLE, TEXT, BOTH }

    /** Colour schemes: {@code PRINT} stays readable in greyscale. */
    public enum Theme { LIGHT, DARK, PRINT }
}
