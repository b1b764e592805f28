package org.argmap.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Text;

/**
 * Finds the source text a map's quotes are checked against: the map's own {@code source.text}
 * (relative to the map file) when written, otherwise the fallback the user named on the command
 * line. A written {@code source.text} that cannot be read is a finding at that value, so the author
 * sees where the wrong path is.
 */
public final class SourceTextLoader {

    /** The rule under which an unreadable {@code source.text} is reported: the quotes go unchecked. */
    public static final String RULE = "quote-not-found";

    private SourceTextLoader() {
    }

    /** A source text and the name to show for it. */
    public record SourceFile(String file, String content) {
    }

    /** Either a source file, a finding about the map's {@code source.text}, or neither. */
    public record Result(Optional<SourceFile> source, Optional<Diagnostic> problem) {
    }

    public static Result load(Path mapFile, ArgumentMap map, Optional<SourceFile> fallback) {
        Optional<Text> written = map.source().text();
        if (written.isEmpty()) {
            return new Result(fallback, Optional.empty());
        }
        Path base = mapFile.toAbsolutePath().getParent();
        Path path = base == null ? Path.of(written.get().value()) : base.resolve(written.get().value()).normalize();
        try {
            return new Result(Optional.of(new SourceFile(written.get().value(), read(path))), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Result(Optional.empty(), Optional.of(Diagnostic.error(RULE, written.get().location(),
                    "source text '" + written.get().value() + "' cannot be read, so no quote was checked",
                    "the path is relative to the map file; it resolved to " + path)));
        }
    }

    /** Reads a text file as UTF-8, replacing undecodable bytes (a source text is not ours to reject). */
    public static String read(Path path) throws IOException {
        return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    }
}
