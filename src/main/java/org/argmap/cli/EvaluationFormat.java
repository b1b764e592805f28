package org.argmap.cli;

/** What {@code evaluate --format}, {@code questions --format} and {@code stats --format} accept. */
enum EvaluationFormat {
    /** A table (a worksheet) per map, for people. */
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
