package org.argmap.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DotRenderer;
import org.argmap.render.SampleMaps;

/**
 * What every exporter's golden test exports: the small sample map, its DOT, and its drawing as the
 * SVG exporter's golden file holds it (drawn by the embedded engine, stamped), with one finding.
 * Each exporter's test class compares the result with a golden file under
 * {@code src/test/resources/golden/export}, in a test whose name ends in {@code GoldenFile}
 * ({@code ExportersTest} holds every exporter to it).
 */
final class ExporterGolden {

    /** The golden SVG, also the drawing the other formats are made from. */
    static final String SVG_FILE = "export/small-map.svg";

    private ExporterGolden() {
    }

    static ArgumentMap map() {
        return SampleMaps.small();
    }

    static String dot() {
        return new DotRenderer(DiagramOptions.DEFAULT).render(map());
    }

    /** The input for every golden test but the SVG's, which makes the drawing itself. */
    static ExportInput input() {
        String svg = read(SVG_FILE);
        Diagnostic finding = new Diagnostic("unused-perspective", Severity.WARNING, Location.at("small-map.yaml", 3, 3),
                "perspective 'unused' has no statements", Optional.of("give it statements or remove it"));
        return new ExportInput(map(), dot(), () -> svg, List.of(finding), Optional.empty(), 1);
    }

    static String read(String golden) {
        try {
            return Files.readString(Path.of("src", "test", "resources", "golden", golden), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
