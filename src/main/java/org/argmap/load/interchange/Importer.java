package org.argmap.load.interchange;

import java.util.List;
import java.util.Optional;

/**
 * One input format of {@code argmap import}: another tool's document read into an argmap map.
 * Every importer is listed once in {@link Importers}; {@code --from}'s values, its help and the
 * guess made without {@code --from} come from there.
 *
 * <p>Contract: {@link #read} is a pure function of its input, may be called from any thread, reads
 * untrusted text (so it bounds what it builds, and never follows a reference outside the text), and
 * fails only with an {@link ImportException} whose message and hint can be shown as they are. It
 * need not make a map that passes the check: {@code pipeline.MapImport} writes the map as YAML,
 * loads and checks it with the real loader and checker, and refuses it when it has errors.
 *
 * <p>A format some of whose documents only an outside program can parse says so with {@link #tool}:
 * {@code pipeline.MapImport} runs that {@link ImportTool} first and hands both the document and what
 * the program made of it to {@link #read(String, String, String, ImportOptions)}. Running programs
 * stays out of {@code read}, so every importer reads text and nothing else.
 */
public interface Importer {

    /** The name {@code --from} takes, lower-case letters: "aif", "argdown". */
    String name();

    /** What the format is, in a few words, for the command's help. */
    String summary();

    /** File name endings that name this format, lower case without the dot ("argdown", "aif.json"). */
    List<String> extensions();

    /**
     * Whether {@code content} looks like this format, for a file whose extension says nothing (a
     * {@code .json} may be AIF or argmap's JSON): a cheap look at the start, never a full parse.
     */
    boolean recognises(String content);

    /**
     * The map the document holds, and what could not be carried over.
     *
     * @param fileName the input's name as the user gave it, for messages and the map's locations
     * @param content  the whole input, UTF-8 decoded
     * @throws ImportException when the document cannot be read as this format
     */
    Imported read(String fileName, String content, ImportOptions options);

    /**
     * The outside program {@code content} must go through before it can be read, when this format
     * needs one for it (an Argdown document: Argdown's own parser); empty, as for most formats, when
     * {@link #read} takes the content as it is. A cheap look, like {@link #recognises}.
     */
    default Optional<ImportTool> tool(String fileName, String content) {
        return Optional.empty();
    }

    /**
     * {@link #read} for a document that {@link #tool}'s program translated: {@code content} as the
     * user gave it and {@code translated}, what the program made of it. As pure as {@link #read}.
     * By default the translation is read as it is.
     */
    default Imported read(String fileName, String content, String translated, ImportOptions options) {
        return read(fileName, translated, options);
    }
}
