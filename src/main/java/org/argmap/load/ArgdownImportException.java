package org.argmap.load;

/** An Argdown input argmap cannot turn into a map: the message says why, the hint what to do. */
public final class ArgdownImportException extends Exception {

    private final String hint;

    public ArgdownImportException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    /** What the user can do about it. */
    public String hint() {
        return hint;
    }
}
