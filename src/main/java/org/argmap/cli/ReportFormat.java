package org.argmap.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

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

    /** The spelling used on the command line: "text", "json", "sarif", "github". */
    String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static List<String> cliNames() {
        return Arrays.stream(values()).map(ReportFormat::cliName).toList();
    }

    /**
     * Parses a command-line spelling, ignoring case.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    static ReportFormat fromCliName(String text) {
        for (ReportFormat format : values()) {
            if (format.cliName().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text + "'");
    }
}
