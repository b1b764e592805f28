package org.argmap.model;

import java.util.Objects;
import org.argmap.text.TextWrapper;

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

    /**
     * The hedge as shown beside the claim: in brackets, so it reads as a modality of the claim
     * rather than part of its wording; the source's own words keep their quote marks. White space
     * runs are one space.
     */
    public String shown() {
        String words = TextWrapper.normalizeSpace(text.value());
        return "(" + (quoted ? "\u201c" + words + "\u201d" : words) + ")";
    }
}
