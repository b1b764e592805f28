package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.WasmGraphvizEngine;
import org.junit.jupiter.api.Test;

class SvgExporterTest {

    private final SvgExporter exporter = new SvgExporter();

    /** The real engine's drawing matters here: it is what render writes, and what the other golden tests start from. */
    @Test
    void smallMapDrawnByTheEmbeddedEngineMatchesItsGoldenFile() {
        String dot = ExporterGolden.dot();
        String svg;
        try (Engine engine = WasmGraphvizEngine.start()) {
            svg = DrawingStamp.of(engine.name(), engine.graphvizVersion(), dot).applyTo(engine.draw(dot, Duration.ZERO).svg());
        }
        ExportInput input = new ExportInput(ExporterGolden.map(), dot, () -> svg, List.of(), Optional.empty(), 1);
        assertMatchesGolden(ExporterGolden.SVG_FILE, new String(exporter.export(input).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void fileIsTheStampedDrawingAsGivenWithNothingToSay() {
        Exported exported = exporter.export(ExporterGolden.input());
        assertEquals(ExporterGolden.read(ExporterGolden.SVG_FILE), new String(exported.bytes(), StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), exported.note());
    }

    @Test
    void itIsTheDefaultFormatReproducibleTextDrawnByAnEngine() {
        assertEquals(exporter.name(), Exporters.DEFAULT);
        assertTrue(exporter.needsDrawing() && exporter.reproducible() && exporter.text());
    }
}
