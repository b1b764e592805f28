package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.argmap.export.PngExporter;
import picocli.CommandLine.Option;

/** What {@code render} writes and where: {@code -o}, {@code -f} and {@code --scale}. */
final class OutputOptions {

    static final Path DEFAULT_FOLDER = Path.of("output");

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the diagrams (default: ${DEFAULT-VALUE}); created if missing.")
    Path folder;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",", converter = RenderFormats.class,
            completionCandidates = RenderFormats.class,
            description = "What to write for each map, comma-separated or repeated: ${COMPLETION-CANDIDATES} "
                    + "(default: " + Exporters.DEFAULT + "). See docs/formats.md.")
    List<Exporter> named;

    @Option(names = "--scale", paramLabel = "FACTOR",
            description = "Size of PNG images: 1 (default) is 96 pixels per inch, as a browser shows the SVG; "
                    + "2 doubles width and height (" + PngExporter.MIN_SCALE + " to " + PngExporter.MAX_SCALE + ").")
    Double scale;

    /** The formats named, once each in the order first named; the default format when none is. */
    List<Exporter> formats() {
        return RenderFormats.chosen(named);
    }

    /**
     * The size of PNG images.
     *
     * @throws CommandFailure if a scale is given without png, or outside the range
     */
    double pngScale() {
        return RenderFormats.scale(scale, formats());
    }
}
