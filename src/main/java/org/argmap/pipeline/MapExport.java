package org.argmap.pipeline;

import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.export.ExportInput;
import org.argmap.export.Exported;
import org.argmap.export.Exporter;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DiagramOptions;
import org.argmap.render.DotRenderer;

/**
 * {@code argmap export}: one checked map in one of the formats made without a drawing
 * ({@link org.argmap.export.Exporters#withoutDrawing}), in memory. The caller writes the bytes
 * (through {@link OutputWriter} when they go to a file) and decides what a map with errors means;
 * this refuses to export one.
 */
public final class MapExport {

    private MapExport() {
    }

    /**
     * The map of {@code checked} as {@code exporter} makes it.
     *
     * @throws IllegalArgumentException if the map did not load, has errors, or the format needs a drawing
     * @throws org.argmap.export.ExportException if the exporter cannot make it
     */
    public static Exported export(CheckedMap checked, Exporter exporter) {
        if (exporter.needsDrawing()) {
            throw new IllegalArgumentException(exporter.name() + " needs a drawing; argmap render makes it");
        }
        if (checked.hasErrors() || checked.map().isEmpty()) {
            throw new IllegalArgumentException(checked.path() + " has errors and is not exported");
        }
        ArgumentMap map = checked.map().get();
        String dot = new DotRenderer(DiagramOptions.DEFAULT).withSchemes(checked.schemes()).render(map);
        List<Diagnostic> notes = checked.diagnostics().stream().filter(d -> d.severity() != Severity.ERROR).toList();
        return exporter.export(new ExportInput(map, dot, () -> {
            throw new IllegalStateException(exporter.name() + " asked for a drawing it said it does not need");
        }, notes, Optional.empty(), 1, checked.schemes()));
    }
}
