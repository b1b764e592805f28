package org.argmap.render.engine;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the user asked for with {@code --engine}. */
public enum EngineChoice {
    /** Native Graphviz when {@code dot} is on PATH, otherwise the embedded engine. */
    AUTO,
    /** Native Graphviz only: {@code dot} on PATH. */
    NATIVE,
    /** The bundled engine that needs nothing installed, on every platform. */
    EMBEDDED;

    /** The spelling used on the command line: "auto", "native", "embedded". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a command-line spelling, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static EngineChoice fromCliName(String text) {
        for (EngineChoice choice : values()) {
            if (choice.cliName().equalsIgnoreCase(text.strip())) {
                return choice;
            }
        }
        throw new IllegalArgumentException("unknown engine '" + text + "', expected one of: "
                + Arrays.stream(values()).map(EngineChoice::cliName).collect(Collectors.joining(", ")));
    }
}
