package org.argmap.export;

/** An export that could not be made, with a message that can be shown to the user as it is. */
public final class ExportException extends RuntimeException {

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
