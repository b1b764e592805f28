package org.argmap.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** What {@code evaluate --format} accepts. */
enum EvaluationFormat {
    /** A table per map, for people. */
    TEXT,
    /** The JSON object the map format specifies, for scripts. */
    JSON;

    /** The spelling used on the command line: "text", "json". */
    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> cliNames() {
        return Arrays.stream(values()).map(EvaluationFormat::cliName).toList();
    }

    /**
     * Parses a command-line spelling, ignoring case.
     *
     * @throws IllegalArgumentException naming the value that is not a format
     */
    static EvaluationFormat fromCliName(String text) {
        for (EvaluationFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'");
    }
}
