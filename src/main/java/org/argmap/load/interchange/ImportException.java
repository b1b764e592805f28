package org.argmap.load.interchange;

import java.util.Objects;
import java.util.Optional;

/** An input that cannot be imported: a message for the user and, when there is one, what to do. */
public final class ImportException extends RuntimeException {

    private final String hint;

    public ImportException(String message, String hint) {
        super(Objects.requireNonNull(message, "message"));
        this.hint = hint;
    }

    public ImportException(String message) {
        this(message, null);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
