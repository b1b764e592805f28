package org.argmap.model;

import java.util.Objects;

/** A string value from the map and where it was written: a quote, a tag, a field value. */
public record Text(String value, Location location) {
    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
