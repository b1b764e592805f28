package org.argmap.model;

import java.util.Set;

/**
 * The statements and arguments the loader found written but could not read (a bad id, a body
 * that is not a mapping, an argument missing a required field). The loader has reported each of
 * them already; checks use this to stay quiet about what follows from it, so one mistake is
 * reported once.
 *
 * @param ids            the ids as written, and the id the loader suggested for a bad one:
 *                       references to either are not reported again as unknown
 * @param mayHoldThesis  whether one of the unread statements may be the thesis (its {@code kind}
 *                       is {@code thesis}, or could not be read), so "no thesis" would repeat the
 *                       loader's finding
 */
public record Unread(Set<String> ids, boolean mayHoldThesis) {

    /** Everything written was read. */
    public static final Unread NONE = new Unread(Set.of(), false);

    public Unread {
        ids = Set.copyOf(ids);
    }

    /** True when {@code id} names something written but unread. */
    public boolean contains(String id) {
        return ids.contains(id);
    }
}
