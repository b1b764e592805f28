package org.argmap.diagnostic;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How serious a finding is. Only {@link #ERROR} makes {@code check} fail (unless strict). */
public enum Severity {
    ERROR, WARNING, INFO;

    /**
     * The words users write for a rule's level, on the command line and in {@code argmap.yaml}:
     * {@code off}, then each severity from the mildest.
     */
    public static final List<String> LEVEL_WORDS = List.of("off", "info", "warning", "error");

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads a level word, in any case and ignoring surrounding space: its severity, or empty for
     * {@code off}. One reading for every place a level is written, so they cannot drift apart.
     *
     * @throws IllegalArgumentException for any other word, naming the accepted ones
     */
    public static Optional<Severity> ofLevel(String word) {
        String lower = word.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("off")) {
            return Optional.empty();
        }
        for (Severity severity : values()) {
            if (severity.word().equals(lower)) {
                return Optional.of(severity);
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a level; use one of: " + String.join(", ", LEVEL_WORDS));
    }
}
