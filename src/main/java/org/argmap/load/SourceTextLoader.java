package org.argmap.load;

import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Text;

/**
 * Finds the source text a map's quotes are checked against: the map's own {@code source.text}
 * when written, otherwise the fallback the user named on the command line.
 *
 * <p>A map may come from anyone (a pull request), so its {@code source.text} is held to what an
 * author needs: a relative path, resolved against the map's folder, to a regular file inside the
 * {@link Repository} the map belongs to, symbolic links resolved, of at most
 * {@link LoadLimits#MAX_SOURCE_TEXT_BYTES} bytes of UTF-8. Anything else is a finding at that
 * value, and a file refused is never opened, so no hint can show a word of it. A path the user
 * gives on the command line is the user's own choice and may lie anywhere; it must still be a
 * regular file within the limit.
 */
public final class SourceTextLoader {

    private SourceTextLoader() {
    }

    /** A source text and the name to show for it. */
    public record SourceFile(String file, String content) {
    }

    /** Either a source file, a finding about the map's {@code source.text}, or neither. */
    public record Result(Optional<SourceFile> source, Optional<Diagnostic> problem) {
    }

    /** A source text that cannot be used; the message completes "the source text X ...". */
    public static final class Unusable extends Exception {
        Unusable(String reason) {
            super(reason, null, false, false);
        }
    }

    public static Result load(Path mapFile, ArgumentMap map, Optional<SourceFile> fallback) {
        Optional<Text> written = map.source().text();
        if (written.isEmpty()) {
            return new Result(fallback, Optional.empty());
        }
        Text text = written.get();
        Path folder;
        try {
            folder = mapFile.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            return refused(text, "cannot be read: the map's folder cannot be resolved", "check the map's folder");
        }
        Path repository = Repository.rootOf(folder);
        String allowed = "source.text is a path relative to the map file that stays inside the repository " + repository
                + "; for a text elsewhere, leave source.text out and pass the file with --source";
        Path relative;
        try {
            relative = Path.of(text.value());
        } catch (InvalidPathException e) {
            return refused(text, "is not a valid path", allowed);
        }
        if (relative.isAbsolute() || relative.getRoot() != null) {
            return refused(text, "is an absolute path", allowed);
        }
        Path resolved = folder.resolve(relative).normalize();
        if (!resolved.startsWith(repository)) {
            return refused(text, "leads out of the repository", allowed);
        }
        Path real;
        try {
            real = resolved.toRealPath();
        } catch (IOException e) {
            return refused(text, "cannot be read: there is no such file",
                    "the path is relative to the map file; it resolved to " + resolved);
        }
        if (!real.startsWith(repository)) {
            return refused(text, "is a symbolic link to a file outside the repository", allowed);
        }
        try {
            return new Result(Optional.of(new SourceFile(text.value(), decode(RegularFiles.read(real, LoadLimits.MAX_SOURCE_TEXT_BYTES)))),
                    Optional.empty());
        } catch (Unusable e) {
            return refused(text, e.getMessage(), "save the source text as UTF-8");
        } catch (RegularFiles.TooLarge e) {
            return refused(text, e.getMessage(), "a source text is plain text; is this the right file?");
        } catch (RegularFiles.Refused e) {
            return refused(text, e.getMessage(), "name a plain-text file; it resolved to " + real);
        } catch (IOException e) {
            return refused(text, "cannot be read: " + e.getMessage(),
                    "the path is relative to the map file; it resolved to " + real);
        }
    }

    /**
     * Reads a source text the user named on the command line: any regular file of at most
     * {@link LoadLimits#MAX_SOURCE_TEXT_BYTES} bytes of UTF-8, symbolic links followed.
     */
    public static SourceFile readGiven(Path path) throws Unusable {
        try {
            return new SourceFile(path.toString(), decode(RegularFiles.read(path, LoadLimits.MAX_SOURCE_TEXT_BYTES)));
        } catch (NoSuchFileException e) {
            throw new Unusable("does not exist");
        } catch (RegularFiles.Refused e) {
            throw new Unusable(e.getMessage());
        } catch (IOException e) {
            throw new Unusable("cannot be read: " + e.getMessage());
        }
    }

    /** UTF-8 text; a source text that is not is refused rather than quietly garbled. */
    private static String decode(byte[] bytes) throws Unusable {
        Optional<String> text = Utf8.decode(bytes);
        if (text.isPresent()) {
            return text.get();
        }
        Utf8.BadByte bad = Utf8.firstBadByte(bytes);
        throw new Unusable("is not UTF-8: byte " + bad.offset() + " (line " + bad.line() + ", column " + bad.column()
                + " of the text) is not valid");
    }

    private static Result refused(Text written, String reason, String hint) {
        return new Result(Optional.empty(), Optional.of(Diagnostic.error(RuleIds.QUOTE_NOT_FOUND, written.location(),
                "source text '" + written.value() + "' " + reason + ", so no quote was checked", hint)));
    }
}
