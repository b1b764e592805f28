package org.argmap.cli;

import java.util.List;

/** What {@code evaluate --format} accepts. */
enum EvaluationFormat {
    /** A table per map, for people. */
    TEXT,
    /** The JSON object the map format specifies, for scripts. */
    JSON;

    /** The spelling used on the command line (see {@link FormatNames}). */
    String cliName() {
        return FormatNames.of(this);
    }

    static List<String> cliNames() {
        return FormatNames.all(EvaluationFormat.class);
    }

    /**
     * Parses a command-line spelling, ignoring case.
     *
     * @throws IllegalArgumentException naming the value that is not a format
     */
    static EvaluationFormat fromCliName(String text) {
        return FormatNames.parse(EvaluationFormat.class, text);
    }
}
