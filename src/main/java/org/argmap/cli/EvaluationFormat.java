package org.argmap.cli;

/** What {@code evaluate --format} accepts. */
enum EvaluationFormat {
    /** A table per map, for people. */
    TEXT,
    /** The JSON object the map format specifies, for scripts. */
    JSON;

    /** Reads {@code --format} (see {@link ChoiceConverter}). */
    static final class Names extends ChoiceConverter<EvaluationFormat> {
        Names() {
            super(ofEnum("format", "formats", EvaluationFormat.class));
        }
    }
}
