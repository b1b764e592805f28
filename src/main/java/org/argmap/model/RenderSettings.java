package org.argmap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The map's {@code render:} section: how its author wants it drawn when the command line says
 * nothing else. The loader keeps only values it accepts, each with where it was written; turning
 * the words into drawing options is the command line's job, so the model knows nothing of
 * Graphviz.
 *
 * @param direction one of {@link #DIRECTIONS}
 * @param labels    one of {@link #LABELS}
 * @param wrap      line width of statement text, from {@link #MIN_WRAP} to {@link #MAX_WRAP}
 * @param theme     one of {@link #THEMES}
 * @param evaluate  whether the diagram shows each statement's and argument's evaluation
 */
public record RenderSettings(Optional<Text> direction, Optional<Text> labels, Optional<Wrap> wrap,
                             Optional<Text> theme, Optional<Flag> evaluate) {

    /** Reading directions, from the thesis outwards: left to right, right to left, top to bottom, bottom to top. */
    public static final List<String> DIRECTIONS = List.of("LR", "RL", "TB", "BT");
    /** What a statement's box shows. */
    public static final List<String> LABELS = List.of("both", "title", "text");
    /** Colour schemes. */
    public static final List<String> THEMES = List.of("light", "dark", "print");
    public static final int MIN_WRAP = 12;
    public static final int MAX_WRAP = 120;

    /** A map without a {@code render:} section. */
    public static final RenderSettings NONE =
            new RenderSettings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public RenderSettings {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(wrap, "wrap");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(evaluate, "evaluate");
    }

    /** A yes-or-no setting and where it was written. */
    public record Flag(boolean on, Location location) {
        public Flag {
            Objects.requireNonNull(location, "location");
        }
    }

    /** A line width in characters and where it was written. */
    public record Wrap(int columns, Location location) {
        public Wrap {
            Objects.requireNonNull(location, "location");
        }
    }
}
