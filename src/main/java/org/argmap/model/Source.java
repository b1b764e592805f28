package org.argmap.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the map analyses. Every field is optional. {@code text} is the path of the source text as
 * written in the map (relative to the map file); resolving and reading it is the caller's job.
 */
public record Source(
        Optional<Text> title,
        Optional<Text> author,
        Optional<Text> publisher,
        Optional<Text> date,
        Optional<Text> url,
        Optional<Text> text) {

    public static final Source NONE = new Source(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());

    public Source {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(text, "text");
    }
}
