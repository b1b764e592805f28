package org.argmap.model;

import java.util.Objects;

/** A mention of an id (in {@code supports}, {@code premises}, ...) and where it was written. */
public record Ref(String id, Location location) {
    public Ref {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
    }
}
