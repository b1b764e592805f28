package org.argmap.load;

/**
 * An AIF file argmap cannot turn into a map at all: not JSON, too large or too deep, no claims,
 * or no statement that could be the thesis. Its message says what is wrong, its hint what to do;
 * the command prints both, never a stack trace.
 */
public final class AifException extends Exception {

    private final String hint;

    public AifException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
