package org.argmap.pipeline;

import java.util.Optional;

/**
 * Outputs that cannot be planned, made or written, with a message that can be shown to the user as
 * it is and, when there is one, a hint saying what to do. A front end shows both and stops.
 */
public final class OutputException extends PipelineException {

    public OutputException(String message, String hint) {
        super(message, Optional.ofNullable(hint));
    }

    public OutputException(String message) {
        this(message, null);
    }
}
