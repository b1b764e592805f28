package org.argmap.export;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * One file's content, made in memory, and a note for the user about it when there is something to
 * say (e.g. that some of a PDF's text could not stay searchable).
 */
public record Exported(byte[] bytes, Optional<String> note) {

    public Exported {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(note, "note");
    }

    /** UTF-8 text, with nothing to say about it. */
    public static Exported text(String content) {
        return new Exported(content.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }
}
