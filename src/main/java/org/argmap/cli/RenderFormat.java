package org.argmap.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** What {@code render -f} writes for each map, as {@code DIR/<map name>.<extension>}. */
enum RenderFormat {
    /** The diagram as Graphviz draws it, with argmap's stamp. */
    SVG(true),
    /** The diagram in pixels, drawn from the SVG by Batik with the JVM's fonts. */
    PNG(false),
    /** The diagram as a one-page PDF, its text searchable where the standard fonts allow. */
    PDF(true),
    /** The Graphviz DOT text argmap lays out: no engine needed. */
    DOT(true),
    /** One self-contained page: the diagram, the statements, the arguments and the findings. */
    HTML(true);

    /** Why {@code render --check} skips PNG: the same map drawn on two machines differs in pixels. */
    static final String NOT_CHECKABLE = "its pixels depend on the fonts installed where it is drawn";

    private final boolean checkable;

    RenderFormat(boolean checkable) {
        this.checkable = checkable;
    }

    /** The spelling on the command line, also the file extension: "svg", "png", ... */
    String cliName() {
        return FormatNames.of(this);
    }

    /** Whether {@code render --check} compares it: the same map gives the same bytes on any machine. */
    boolean checkable() {
        return checkable;
    }

    /** Whether it needs a Graphviz engine: all but DOT are drawn from the SVG. */
    boolean needsDrawing() {
        return this != DOT;
    }

    static List<String> cliNames() {
        return FormatNames.all(RenderFormat.class);
    }

    /**
     * The formats named in the {@code -f} values, each value one name or several separated by
     * commas, in the order first named and without repeats.
     *
     * @throws IllegalArgumentException naming the first unknown format (the message starts
     *     "unknown format '...'")
     */
    static List<RenderFormat> parse(List<String> values) {
        Set<RenderFormat> formats = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                formats.add(fromCliName(name));
            }
        }
        return new ArrayList<>(formats);
    }

    static RenderFormat fromCliName(String text) {
        return FormatNames.parse(RenderFormat.class, text);
    }
}
