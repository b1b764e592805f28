package org.argmap.model;

import java.util.List;

/** The {@code expect} block: what evaluation must conclude for the listed ids. */
public record Expectations(List<Ref> accepted, List<Ref> rejected, List<Ref> undecided) {

    public static final Expectations NONE = new Expectations(List.of(), List.of(), List.of());

    public Expectations {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
        undecided = List.copyOf(undecided);
    }

    public boolean isEmpty() {
        return accepted.isEmpty() && rejected.isEmpty() && undecided.isEmpty();
    }
}
