package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DotExporterTest {

    private final DotExporter exporter = new DotExporter();

    @Test
    void smallMapMatchesItsGoldenFile() {
        assertMatchesGolden("small-map.dot", new String(exporter.export(ExporterGolden.input()).bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void neverAsksForADrawing() {
        ExportInput input = new ExportInput(ExporterGolden.map(), ExporterGolden.dot(), () -> {
            throw new AssertionError("the DOT exporter asked for a drawing");
        }, List.of(), Optional.empty(), 1);
        exporter.export(input);
        assertFalse(exporter.needsDrawing());
        assertTrue(exporter.reproducible() && exporter.text());
    }
}
