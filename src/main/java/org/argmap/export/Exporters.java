package org.argmap.export;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registry: every output format of {@code render -f}, once, sorted by name. Adding a format is
 * one class, one test class with a golden test, one section in {@code docs/formats.md} and one
 * line here.
 */
public final class Exporters {

    /** What {@code render} writes when no {@code -f} is given. */
    public static final String DEFAULT = "svg";

    private static final List<Exporter> ALL = Stream.<Exporter>of(
                    new AifExporter(),
                    new ArgdownExporter(),
                    new DotExporter(),
                    new HtmlExporter(),
                    new JsonExporter(),
                    new MermaidExporter(),
                    new PdfExporter(),
                    new PngExporter(),
                    new SvgExporter())
            .sorted(Comparator.comparing(Exporter::name))
            .toList();

    private Exporters() {
    }

    /** Every exporter, sorted by name. */
    public static List<Exporter> all() {
        return ALL;
    }

    /** The exporter {@code -f} calls {@code name}, ignoring case. */
    public static Optional<Exporter> byName(String name) {
        return ALL.stream().filter(exporter -> exporter.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The exporter of {@link #DEFAULT}. */
    public static Exporter standard() {
        return byName(DEFAULT).orElseThrow();
    }

    /**
     * The formats {@code argmap export --to} takes: those made from the map alone, without a
     * drawing, sorted by name. A format registered above that does not need a drawing is one of
     * them with no other change (AIF, Argdown, Mermaid and JSON are; so is DOT).
     */
    public static List<Exporter> withoutDrawing() {
        return ALL.stream().filter(exporter -> !exporter.needsDrawing()).toList();
    }

    /** The names {@code -f} takes, sorted. */
    public static List<String> names() {
        return ALL.stream().map(Exporter::name).toList();
    }
}
