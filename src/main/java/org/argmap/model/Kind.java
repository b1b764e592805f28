package org.argmap.model;

import java.util.Locale;
import java.util.Optional;

/** The role of a statement in the map. */
public enum Kind {
    THESIS, PREMISE, COUNTERPOINT, REBUTTAL;

    /** The spelling used in map files, e.g. {@code counterpoint}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromWord(String word) {
        for (Kind kind : values()) {
            if (kind.word().equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
