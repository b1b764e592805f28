package org.argmap.export;

/**
 * One output format of {@code argmap render -f}: what a map becomes in a file of its own. Every
 * exporter is listed once in {@link Exporters}; the command line's {@code -f} values, its help and
 * {@code render --check} come from there.
 *
 * <p>Adding a format is one class implementing this, one test class named after it with a test
 * against a golden file, one line in {@link Exporters} and one section in {@code docs/formats.md}
 * (a meta-test holds every exporter to the last three).
 *
 * <p>Contract: {@link #export} is a pure function of its input (no clock, no path of the machine,
 * no randomness), may be called from any thread, and fails only with an {@link ExportException}
 * whose message can be shown to the user as it is.
 */
public interface Exporter {

    /** The name {@code -f} takes, lower-case letters: "svg", "html", ... */
    String name();

    /** The file's extension without the dot; the name unless said otherwise. */
    default String extension() {
        return name();
    }

    /** What the format is for, in a few words, for the command's help. */
    String summary();

    /**
     * Whether it needs the map's drawing, the SVG a Graphviz engine makes; a format that does not
     * is written without starting an engine.
     */
    boolean needsDrawing();

    /**
     * Whether the same input gives the same bytes on any machine, so that {@code render --check}
     * can compare the file on disk with a fresh one; a format whose bytes depend on the machine
     * (its fonts, say) says so here, and why in {@link #notReproducibleBecause}, and is not
     * compared. Formats are reproducible unless they say otherwise, as the contract of
     * {@link #export} asks.
     */
    default boolean reproducible() {
        return true;
    }

    /** Why a format that is not {@link #reproducible} differs between machines, for the user. */
    default String notReproducibleBecause() {
        return "its bytes depend on the machine that makes it";
    }

    /**
     * Whether the file is UTF-8 text, where CRLF line ends count as LF when it is compared (git may
     * convert them on checkout).
     */
    boolean text();

    /**
     * One map in this format, in memory.
     *
     * @throws ExportException if the file cannot be made
     */
    Exported export(ExportInput input);
}
