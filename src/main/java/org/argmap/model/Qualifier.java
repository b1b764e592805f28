package org.argmap.model;

import java.util.Objects;

/**
 * A statement's hedge or modality, in the author's words: "almost certainly", "for now", "may".
 *
 * @param text   the words as written in the map
 * @param quoted whether the map says the words are the source's own ({@code qualifier: {quote: ...}}),
 *               so they are checked against the source text like a quote; a plain
 *               {@code qualifier: ...} is the analyst's wording and is not checked
 */
public record Qualifier(Text text, boolean quoted) {
    public Qualifier {
        Objects.requireNonNull(text, "text");
    }
}
