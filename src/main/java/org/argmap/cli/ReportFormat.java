package org.argmap.cli;

import java.util.List;

/** What {@code check --format} accepts. */
enum ReportFormat {
    /** Compiler-style findings with source lines and carets, then a tally. */
    TEXT,
    /** One JSON document with every finding and a summary. */
    JSON,
    /** A SARIF 2.1.0 log, for GitHub code scanning and SARIF viewers. */
    SARIF,
    /** GitHub Actions workflow commands that annotate the files. */
    GITHUB;

    /** The spelling used on the command line (see {@link FormatNames}). */
    String cliName() {
        return FormatNames.of(this);
    }

    static List<String> cliNames() {
        return FormatNames.all(ReportFormat.class);
    }

    /**
     * Parses a command-line spelling, ignoring case.
     *
     * @throws IllegalArgumentException naming the value that is not a format
     */
    static ReportFormat fromCliName(String text) {
        return FormatNames.parse(ReportFormat.class, text);
    }
}
