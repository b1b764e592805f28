package org.argmap.model;

import java.util.Objects;
import java.util.Optional;

/** A named side of the debate; drawn as a cluster. */
public record Perspective(String id, Location location, Optional<Text> label, Optional<Text> description) {
    public Perspective {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }

    /** What to show for this perspective: its label, else its id. */
    public String displayName() {
        return label.map(Text::value).orElse(id);
    }
}
