package org.argmap.load.interchange;

/**
 * An outside program that turns a document into what an {@link Importer} reads, for a format only
 * its own tool parses (Argdown: {@code argdown json} makes JSON of a {@code .argdown} document).
 * {@code pipeline.MapImport} runs it, when {@link Importer#tool} asks for it, before the importer
 * reads; the importer's {@code read} stays a pure function of the text it is given.
 *
 * <p>Contract: the program runs as a process of its own, with no shell, a time limit (it is killed
 * when it runs over), on a copy of the document in a temporary folder outside the repository, never
 * on the user's file; it never reads another file because the document names one. It fails only
 * with an {@link ImportException} whose message says what went wrong (the program is missing, it
 * refused the document, it ran out of time) and whose hint says how to go on, with and without it.
 */
@FunctionalInterface
public interface ImportTool {

    /**
     * What the program makes of {@code content}, the document the user named {@code fileName}.
     *
     * @throws ImportException when the program is missing, refuses the document or runs out of time
     */
    String translate(String fileName, String content);
}
