package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.argmap.diagnostic.PrintableText;
import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.argmap.pipeline.DrawingRequest;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.pipeline.Drawings;
import org.argmap.pipeline.DrawnMap;
import org.argmap.render.View;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.text.Plural;

/**
 * {@code render --check}: every file that {@code render} would write, made in memory and compared
 * with the file in the output folder. Reads the folder and writes nothing. Formats that are not
 * {@link Exporter#reproducible} are listed as not checked.
 */
final class RenderCheck {

    /**
     * What the command that redraws one map repeats of this one: same engine (when named), view,
     * drawing options and output folder.
     */
    record Rerun(EngineChoice choice, View view, List<String> layoutArguments, Path outputDir) {

        /** The engine the user named with {@code --engine}, if not {@code auto}. */
        Optional<String> named() {
            return choice == EngineChoice.AUTO ? Optional.empty() : Optional.of(choice.cliName());
        }

        /** The command as the user would type it, each word quoted for a POSIX shell. */
        String command(Optional<String> engineName, Path map, Exporter format) {
            StringBuilder command = new StringBuilder("argmap render");
            if (format != Exporters.standard()) {
                command.append(" -f ").append(format.name());
            }
            engineName.filter(name -> format.needsDrawing()).ifPresent(name -> command.append(" --engine ").append(name));
            command.append(ViewOptions.asArguments(view));
            layoutArguments.forEach(argument -> command.append(' ').append(argument));
            if (!outputDir.equals(OutputOptions.DEFAULT_FOLDER)) {
                command.append(" -o ").append(ShellWords.quote(outputDir.toString()));
            }
            return command.append(' ').append(ShellWords.quote(map.toString())).toString();
        }
    }

    private final RenderOutputs outputs;
    private final Rerun rerun;
    private final PrintWriter out;
    private int checked;
    private int missing;
    private int stale;

    RenderCheck(RenderOutputs outputs, Rerun rerun) {
        this.outputs = outputs;
        this.rerun = rerun;
        this.out = outputs.out();
    }

    /** The engines to start while the maps are checked: those that drew the diagrams there are. */
    List<Optional<DrawingStamp>> toPrepare() {
        List<Optional<DrawingStamp>> stamps = outputs.stamps();
        return outputs.needsDrawing() ? stamps.stream().filter(Optional::isPresent).toList() : List.of();
    }

    /** Compares every file; exit status 1 if any is missing or stale, else the maps' own. */
    int run(Drawings drawings, MapsToDraw maps, ProgressLine progress) {
        List<DrawingRequest> drawable = maps.drawable();
        // drawn side by side, each map only if some file has to be compared with a drawing
        List<Future<DrawnMap>> drawn = drawings.submit(drawable, this::comparedWithDrawing,
                map -> outputs.stampOf(map.path()));
        for (int i = 0; i < drawable.size(); i++) {
            Path map = drawable.get(i).path();
            progress.step("drawing", i, drawable.size(), map);
            DrawnMap done = drawings.await(drawn.get(i), map);
            // a file that appeared since the drawings were started is drawn here, once
            Supplier<Engine> redraw = once(() -> done.engine()
                    .orElseGet(() -> drawings.engines().forDiagram(outputs.stampOf(map))));
            Supplier<String> svg = once(() -> done.engine().isPresent() ? done.svg() : drawings.drawHere(redraw.get(), done));
            for (Exporter format : outputs.formats()) {
                compare(done, format, redraw, svg);
            }
        }
        progress.clear();
        maps.withErrors().forEach(map -> out.println(PrintableText.line(
                "not checked: " + map + " has errors, so its diagram cannot be drawn")));
        if (stale > 0) {
            // the names come from the stamps of the files on disk, which anyone can edit
            drawings.engines().unavailableStamped().forEach(name -> out.println(PrintableText.line("note: the " + name
                    + " engine is not available here; diagrams it drew were compared with another engine's drawing")));
        }
        String unit = outputs.formats().equals(List.of(Exporters.standard())) ? "diagram" : "file";
        out.println(PrintableText.line(summary(drawings.engines().used(), unit)));
        out.flush();
        return missing + stale > 0 ? ExitStatus.FINDINGS : maps.exitStatus();
    }

    private void compare(DrawnMap done, Exporter format, Supplier<Engine> redraw, Supplier<String> svg) {
        Path map = done.request().path();
        Path file = outputs.plan().file(map, format);
        if (!format.reproducible()) {
            out.println(PrintableText.line("not checked: " + file + " (" + format.notReproducibleBecause() + ")"));
            return;
        }
        checked++;
        if (!OutputFiles.isPresent(file)) {
            missing++;
            out.println(PrintableText.line("missing: " + file + " (run: " + rerun.command(rerun.named(), map, format) + ")"));
            return;
        }
        Optional<String> reason;
        boolean drawnHere = format.needsDrawing();
        if (unstamped(file, format)) {
            reason = Optional.of(DiagramComparison.UNSTAMPED);
            drawnHere = false;
        } else {
            byte[] fresh = done.export(format, file, outputs.scale(), svg).bytes();
            byte[] onDisk = OutputFiles.forComparison(file, fresh.length, format.text()).orElse(new byte[0]);
            reason = whyStale(format, onDisk, fresh, map.toString());
        }
        if (reason.isPresent()) {
            stale++;
            Optional<String> engineUsed = drawnHere ? Optional.of(redraw.get().name()) : rerun.named();
            out.println(PrintableText.line("stale: " + file + " (" + reason.get() + "; run: "
                    + rerun.command(engineUsed, map, format) + ")"));
        }
    }

    /** Whether a map is to be drawn: some file of it is compared with a drawing (not skipped, missing or unstamped). */
    private boolean comparedWithDrawing(DrawingRequest map) {
        return outputs.formats().stream().anyMatch(format -> {
            Path file = outputs.plan().file(map.path(), format);
            return format.reproducible() && format.needsDrawing() && OutputFiles.isPresent(file) && !unstamped(file, format);
        });
    }

    /** A diagram without a stamp is stale whatever a fresh drawing looks like: there is no need to draw it. */
    private static boolean unstamped(Path file, Exporter format) {
        return format == Exporters.standard() && OutputFiles.stamp(file).isEmpty();
    }

    /**
     * Why a file on disk differs from what {@code render} would write now. A file that holds the
     * drawing (the diagram, the page) says it through the stamps; CRLF line ends count as LF in
     * text formats.
     */
    private static Optional<String> whyStale(Exporter format, byte[] onDisk, byte[] fresh, String map) {
        boolean same;
        if (format.text()) {
            String then = utf8(onDisk);
            String now = utf8(fresh);
            if (DrawingStamp.readFrom(now).isPresent()) {
                return format != Exporters.standard() && samePageDrawing(then, now)
                        ? Optional.of(map + " is drawn the same, but the page differs: quotes, notes, findings or argmap changed")
                        : DiagramComparison.whyStale(then, now, map);
            }
            same = then.replace("\r\n", "\n").equals(now);
        } else {
            same = Arrays.equals(onDisk, fresh);
        }
        return same ? Optional.empty() : Optional.of(map + " or argmap changed since it was written");
    }

    /** Whether two different pages hold the same drawing: same stamp, same Graphviz. */
    private static boolean samePageDrawing(String onDisk, String fresh) {
        return !onDisk.replace("\r\n", "\n").equals(fresh) && DrawingStamp.readFrom(onDisk).isPresent()
                && DrawingStamp.readFrom(onDisk).equals(DrawingStamp.readFrom(fresh))
                && DrawingStamp.graphvizVersion(onDisk).equals(DrawingStamp.graphvizVersion(fresh));
    }

    /** Decoded leniently: a file that is not UTF-8 is simply not what argmap writes. */
    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private String summary(List<String> engineNames, String unit) {
        StringBuilder summary = new StringBuilder(Plural.count(checked, unit) + " checked");
        if (!engineNames.isEmpty()) {
            summary.append(", redrawn by the ").append(String.join(" and ", engineNames))
                    .append(engineNames.size() == 1 ? " engine" : " engines");
        }
        summary.append(": ");
        if (missing + stale == 0) {
            return summary.append(checked == 1 ? "current" : "all current").toString();
        }
        List<String> problems = new ArrayList<>();
        if (stale > 0) {
            problems.add(stale + " stale");
        }
        if (missing > 0) {
            problems.add(missing + " missing");
        }
        return summary.append(String.join(", ", problems)).toString();
    }

    /** {@code supplier}'s value, computed on first use and kept. */
    private static <T> Supplier<T> once(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
