package org.argmap.cli;

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

    /** The spelling used on the command line: "text", "sarif", ... */
    String cliName() {
        return ChoiceConverter.spelling(this);
    }

    /** Reads {@code --format} (see {@link ChoiceConverter}). */
    static final class Names extends ChoiceConverter<ReportFormat> {
        Names() {
            super(ofEnum("format", "formats", ReportFormat.class));
        }
    }
}
