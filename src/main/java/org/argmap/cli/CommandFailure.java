package org.argmap.cli;

import java.util.Optional;
import java.util.stream.Collectors;
import org.argmap.pipeline.PipelineException;

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

    /**
     * The pipeline's failure as the command line shows it: a broken settings file's findings, or
     * the parts that could not be read, go before the message.
     */
    public static CommandFailure of(PipelineException e) {
        String details = null;
        if (e instanceof PipelineException.BrokenSettings broken) {
            details = Reporting.format(broken.configs());
        } else if (e instanceof PipelineException.UnusableInput unusable && !unusable.reasons().isEmpty()) {
            details = unusable.reasons().stream().map(line -> "argmap: " + line + "\n").collect(Collectors.joining());
        }
        return new CommandFailure(e.getMessage(), e.hint().orElse(null), details);
    }

    public Optional<String> hint() {
        return Optional.ofNullable(hint);
    }

    /** Findings to print before the message, formatted, one or more whole lines. */
    public Optional<String> details() {
        return Optional.ofNullable(details);
    }
}
