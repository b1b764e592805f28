package org.argmap.cli;

import java.util.Optional;

/** The command cannot run (exit status 2): a message for the user, and what to do about it. */
public final class CommandFailure extends RuntimeException {

    private final String hint;

    public CommandFailure(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    public CommandFailure(String message) {
        this(message, null);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }
}
