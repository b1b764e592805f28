package org.argmap.render.engine;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What an engine drew: a complete SVG document, and the warnings Graphviz gave while drawing it
 * (e.g. "no value for width of non-ASCII character 194"), each once, in the order first given,
 * without Graphviz's "Warning: " in front. A warning does not stop a drawing, but it often says
 * why the drawing looks wrong, so callers show them to the user.
 */
public record Drawing(String svg, List<String> warnings) {

    private static final String WARNING = "Warning: ";

    public Drawing {
        Objects.requireNonNull(svg, "svg");
        warnings = List.copyOf(warnings);
    }

    /**
     * Graphviz's messages after a drawing that succeeded, as {@link #warnings}: blank lines left
     * out, each line once, "Warning: " taken off (an "Error: " that did not stop the drawing keeps its).
     */
    static List<String> warnings(Stream<String> messages) {
        return messages.map(String::strip)
                .filter(line -> !line.isEmpty())
                .map(Drawing::withoutLevel)
                .distinct()
                .toList();
    }

    /** Some of Graphviz's warnings say "Warning: " in their own text too, after the one it adds. */
    private static String withoutLevel(String line) {
        String text = line;
        while (text.startsWith(WARNING)) {
            text = text.substring(WARNING.length()).strip();
        }
        return text;
    }
}
