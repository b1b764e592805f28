package org.argmap.cli;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.export.ExportException;
import org.argmap.export.ExportedMap;
import org.argmap.export.HtmlExporter;
import org.argmap.export.PdfExporter;
import org.argmap.export.PngExporter;
import org.argmap.model.ArgumentMap;

/**
 * Makes, in memory, what {@code render} writes for one map in each requested {@link RenderFormat}:
 * everything but DOT comes from the map's stamped SVG drawing, which is made once and only when a
 * format needs it.
 */
final class MapExports {

    /** One file's content, and a note for the user about it when there is something to say. */
    record Export(RenderFormat format, byte[] bytes, Optional<String> note) {
    }

    private final List<RenderFormat> formats;
    private final double scale;
    private final HtmlExporter html = new HtmlExporter();

    MapExports(List<RenderFormat> formats, double scale) {
        if (formats.isEmpty()) {
            throw new IllegalArgumentException("no format");
        }
        this.formats = List.copyOf(formats);
        this.scale = scale;
    }

    List<RenderFormat> formats() {
        return formats;
    }

    /** Whether any requested format is drawn by a Graphviz engine. */
    boolean needsDrawing() {
        return formats.stream().anyMatch(RenderFormat::needsDrawing);
    }

    /**
     * The content of one format for one map.
     *
     * @param evaluation the whole map's evaluation, when the page is to show it
     * @param svg the stamped drawing, asked for only by formats that need it
     * @throws ExportException if a PNG or PDF cannot be made
     */
    Export export(RenderFormat format, ArgumentMap map, List<Diagnostic> diagnostics, Optional<Evaluation> evaluation,
                  String dot, Supplier<String> svg) {
        return switch (format) {
            case SVG -> text(format, svg.get());
            case DOT -> text(format, dot);
            case HTML -> text(format, html.export(new ExportedMap(map, svg.get(), diagnostics, evaluation)));
            case PNG -> new Export(format, new PngExporter(scale).export(svg.get()), Optional.empty());
            case PDF -> {
                PdfExporter.Pdf pdf = new PdfExporter().export(svg.get());
                yield new Export(format, pdf.bytes(), pdf.outlinedLines() == 0 ? Optional.empty()
                        : Optional.of(pdf.outlinedLines() + (pdf.outlinedLines() == 1 ? " line" : " lines")
                                + " of text drawn as outlines, which cannot be searched: the PDF standard fonts"
                                + " have only the characters of Windows Latin-1"));
            }
        };
    }

    private static Export text(RenderFormat format, String content) {
        return new Export(format, content.getBytes(StandardCharsets.UTF_8), Optional.empty());
    }
}
