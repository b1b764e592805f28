package org.argmap.model;

import java.util.Locale;
import java.util.Optional;

/** Whether an argument's premises together support or attack its conclusion. */
public enum ArgumentKind {
    SUPPORT, ATTACK;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ArgumentKind> fromWord(String word) {
        for (ArgumentKind kind : values()) {
            if (kind.word().equals(word)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
