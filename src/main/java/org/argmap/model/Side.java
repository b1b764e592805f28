package org.argmap.model;

import java.util.Locale;

/** Which side of the debate a statement or argument is on: the thesis's ({@code PRO}) or against it ({@code CON}). */
public enum Side {
    PRO, CON;

    /** The other side: what attacking something on this side puts you on. */
    public Side opposite() {
        return this == PRO ? CON : PRO;
    }

    /** The word for the side in messages and docs, e.g. {@code pro}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
