package org.argmap.cli;

import java.util.Optional;

/**
 * The command cannot run (exit status 2): a message for the user, what to do about it, and
 * sometimes the findings that explain it (printed before the message).
 */
public final class CommandFailure extends RuntimeException {

    private final String hint;
    private final String details;

    public CommandFailure(String message, String hint, String details) {
        super(message, null, false, false);
        this.hint = hint;
        this.details = details;
    }

    public CommandFailure(String message, String hint) {
        this(message, hint, null);
    }

    public CommandFailure(String message) {
        this(message, null);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** Findings to print before the message, formatted, one or more whole lines. */
    public Optional<String> details() {
        return Optional.ofNullable(details);
    }
}
