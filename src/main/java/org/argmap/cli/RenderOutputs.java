package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Future;
import org.argmap.diagnostic.PrintableText;
import org.argmap.evaluate.Strengths;
import org.argmap.export.Exported;
import org.argmap.export.Exporter;
import org.argmap.pipeline.DrawingRequest;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.pipeline.Drawings;
import org.argmap.pipeline.DrawnMap;
import org.argmap.pipeline.IoProblems;
import org.argmap.pipeline.OutputPlan;
import org.argmap.pipeline.OutputWriter;
import org.argmap.pipeline.OutputWriter.OutputFile;
import org.argmap.render.View;
import org.argmap.render.engine.Engine;

/**
 * What {@code render} writes: every requested format of every map without errors, made in memory
 * first, so that if the engine or an exporter fails on any map, or a drawing runs out of time, no
 * file has been touched yet; then written, each file through a temporary file moved into place.
 */
final class RenderOutputs {

    private final PrintWriter out;
    private final OutputPlan plan;
    private final List<Exporter> formats;
    private final double scale;
    private final Map<Path, Optional<DrawingStamp>> stamps = new LinkedHashMap<>();

    RenderOutputs(PrintWriter out, OutputPlan plan, List<Exporter> formats, double scale) {
        this.out = out;
        this.plan = plan;
        this.formats = List.copyOf(formats);
        this.scale = scale;
    }

    PrintWriter out() {
        return out;
    }

    OutputPlan plan() {
        return plan;
    }

    List<Exporter> formats() {
        return formats;
    }

    double scale() {
        return scale;
    }

    /** Whether any requested format is drawn by a Graphviz engine. */
    boolean needsDrawing() {
        return formats.stream().anyMatch(Exporter::needsDrawing);
    }

    /** The stamps of every map's earlier drawing, read once: they say which engine to draw with again. */
    List<Optional<DrawingStamp>> stamps() {
        return plan.maps().stream().map(this::stampOf).toList();
    }

    /** The stamp of one map's earlier drawing: in its SVG, or else in the diagram inside its page. */
    Optional<DrawingStamp> stampOf(Path map) {
        return stamps.computeIfAbsent(map, m -> plan.stamped(m).stream()
                .map(OutputFiles::stamp).<DrawingStamp>flatMap(Optional::stream).findFirst());
    }

    /** The engines to start while the maps are checked: those of the earlier drawings, if anything is drawn. */
    List<Optional<DrawingStamp>> toPrepare() {
        return needsDrawing() ? stamps() : List.of();
    }

    /** Draws and writes every map that can be drawn; the maps' exit status. */
    int write(Drawings drawings, MapsToDraw checked, ProgressLine progress) {
        List<DrawingRequest> drawable = checked.drawable();
        // drawn side by side, and taken below one by one in their order
        List<Future<DrawnMap>> drawn = drawings.submit(drawable, map -> needsDrawing(), map -> stampOf(map.path()));
        List<OutputFile> pending = new ArrayList<>();
        for (int i = 0; i < drawable.size(); i++) {
            DrawingRequest map = drawable.get(i);
            tellAbout(map);
            progress.step("drawing", i, drawable.size(), map.path());
            pending.addAll(files(drawings.await(drawn.get(i), map.path())));
        }
        progress.clear();
        write(pending);
        checked.withErrors().forEach(map -> out.println(PrintableText.line(
                "not drawn: " + map + " has errors; its earlier diagram is unchanged")));
        out.flush();
        return checked.exitStatus();
    }

    /** Says what the drawing of {@code map} leaves out (a view) and when its strengths did not converge. */
    void tellAbout(DrawingRequest map) {
        if (!(map.view().view() instanceof View.Whole)) {
            out.println(PrintableText.line(ViewSummary.line(map.path(), map.view())));
        }
        map.evaluation().filter(evaluation -> !evaluation.converged()).ifPresent(evaluation ->
                out.println(PrintableText.line("note: " + map.path() + ": " + Strengths.notConvergedAndWhy(evaluation))));
    }

    /** Every requested format of one drawn map, in memory; prints Graphviz's warnings about the drawing. */
    List<OutputFile> files(DrawnMap done) {
        done.warnings().ifPresent(line -> out.println(PrintableText.line(line)));
        List<OutputFile> made = new ArrayList<>();
        for (Exporter format : formats) {
            Path file = plan.file(done.request().path(), format);
            Exported export = done.export(format, file, scale, done::svg);
            made.add(new OutputFile(file, export.bytes(),
                    format.needsDrawing() ? done.engine().map(Engine::name) : Optional.empty(), export.note()));
        }
        return made;
    }

    /**
     * Writes every file, once none of their places holds something other than a regular file: a
     * link, pipe or folder there stops the command before any file is replaced.
     */
    void write(List<OutputFile> pending) {
        pending.forEach(file -> OutputFiles.requireReplaceable(file.file()));
        try {
            OutputWriter.writeAll(pending, file -> {
                out.println(PrintableText.line("wrote " + file.file()
                        + file.engineName().map(name -> " (" + name + " engine)").orElse("")));
                file.note().ifPresent(note -> out.println(PrintableText.line("note: " + file.file() + ": " + note)));
            });
        } catch (OutputWriter.Failure e) {
            throw new CommandFailure("cannot write " + e.file() + ": " + IoProblems.describe(e.file(), e.getCause()),
                    "check that the output folder is writable");
        }
    }
}
