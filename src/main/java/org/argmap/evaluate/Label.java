package org.argmap.evaluate;

import java.util.Locale;

/** A node's status under the grounded semantics of the map's attack graph. */
public enum Label {
    ACCEPTED, REJECTED, UNDECIDED;

    /** The spelling used in maps' {@code expect} blocks and in reports, e.g. {@code accepted}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
