package org.argmap.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.argmap.export.ExportException;
import org.argmap.export.ExportInput;
import org.argmap.export.Exported;
import org.argmap.export.Exporter;
import org.argmap.model.Deadline;
import org.argmap.render.engine.Drawing;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;

/**
 * One map's DOT and, when it was drawn, the engine that drew it and its drawing; and the map's
 * deadline for drawing, which goes on while its files are made.
 */
public record DrawnMap(DrawingRequest request, String dot, Optional<Engine> engine, Optional<Drawing> drawing,
                       Deadline deadline) {

    /** The SVG file's text: the engine's drawing with argmap's stamp. */
    public String svg() {
        return stamped(engine.orElseThrow(), dot, drawing.orElseThrow());
    }

    /** What {@code render} writes for a drawing: the engine's SVG with argmap's stamp. */
    static String stamped(Engine engine, String dot, Drawing drawing) {
        return DrawingStamp.of(engine.name(), engine.graphvizVersion(), dot).applyTo(drawing.svg());
    }

    /** Graphviz's warnings about the drawing, in one line, with what the user can do. */
    public Optional<String> warnings() {
        List<String> warnings = drawing.map(Drawing::warnings).orElse(List.of());
        if (warnings.isEmpty()) {
            return Optional.empty();
        }
        String other = engine.orElseThrow().name().equals(EngineChoice.NATIVE.cliName())
                ? EngineChoice.EMBEDDED.cliName() : EngineChoice.NATIVE.cliName();
        return Optional.of("warning: " + request.path() + ": Graphviz: " + String.join("; ", warnings)
                + " (the diagram is drawn; if it looks wrong, try --engine " + other + ")");
    }

    /**
     * The map in {@code exporter}'s format, in memory.
     *
     * @param file  where it goes, for the message if it cannot be made
     * @param svg   the stamped drawing, asked for only by formats that need it
     * @throws OutputException if the exporter cannot make it
     * @throws DrawingTooLong if the map's time for drawing ran out meanwhile
     */
    public Exported export(Exporter exporter, Path file, double scale, Supplier<String> svg) {
        Exported exported;
        try {
            exported = exporter.export(new ExportInput(request.view().shown(), dot, svg, request.diagnostics(),
                    request.evaluation(), scale, request.schemes()));
        } catch (ExportException e) {
            throw new OutputException("cannot make " + file + ": " + e.getMessage());
        }
        try {
            deadline.check();
        } catch (Deadline.Exceeded e) {
            throw new DrawingTooLong(request.path(), e.budget());
        }
        return exported;
    }
}
