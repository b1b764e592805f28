package org.argmap.check;

import java.util.Objects;

/**
 * The text a map analyses (the essay), already read by the caller.
 *
 * @param file    the name to show in messages, e.g. {@code sources/essay.txt}
 * @param content the whole text
 */
public record SourceText(String file, String content) {
    public SourceText {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
    }
}
