package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.PrintableText;
import org.argmap.export.Exporter;
import org.argmap.load.ConfigLocator;
import org.argmap.pipeline.DiagramChoices;
import org.argmap.pipeline.DrawingTooLong;
import org.argmap.pipeline.FileWatch;
import org.argmap.pipeline.MapFiles;
import org.argmap.pipeline.MapSession;
import org.argmap.pipeline.OutputPlan;
import org.argmap.pipeline.PipelineException;
import org.argmap.render.View;
import org.argmap.render.engine.EngineSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code argmap watch}: {@code render}, then again for each map saved, until Ctrl-C. One process
 * and one {@link MapSession} throughout, so Java and Graphviz start once and a save is drawn in a
 * fraction of a second. Each round prints the map's findings as {@code check} does and writes its
 * files as {@code render} does; a map that breaks keeps its earlier files. Maps made in a watched
 * folder are drawn when they appear; maps removed are forgotten, their files left as they are.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Check and draw maps as render does, then again each time one is saved, until Ctrl-C.",
        footer = {"",
                "A folder is watched with the folders below it: maps made there are drawn when they",
                "appear. Saving argmap.yaml checks every map again. A map with errors keeps its",
                "earlier files. The options are render's."})
public final class WatchCommand implements Callable<Integer> {

    /** How long no file may change before a burst of saves counts as over (an editor's save is several events). */
    static final Duration QUIET = Duration.ofMillis(120);
    static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Mixin
    ViewOptions viewOptions;

    @Mixin
    LayoutOptions layout;

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    private final EngineSelector engines;

    WatchCommand() {
        this(EngineSelector.forThisProcess());
    }

    WatchCommand(EngineSelector engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    @Override
    public Integer call() {
        List<Exporter> formats = output.formats();
        double scale = output.pngScale();
        DiagramChoices choices = layout.choices();
        View view = viewOptions.view();
        OutputFiles.requireUsableFolder(output.folder);
        PrintWriter out = spec.commandLine().getOut();
        MapFiles.Found found = CommandPipeline.expand(options.paths, spec.commandLine().getErr());
        try (StopOnCtrlC ctrlC = new StopOnCtrlC();
             MapSession session = CommandPipeline.session(options, engines, engine.choice);
             FileWatch watch = new FileWatch(options.paths, QUIET)) {
            Rounds rounds = new Rounds(session, out, spec.commandLine().getErr(), view, choices, formats, scale);
            rounds.draw(found.maps(), found.maps());
            out.println(PrintableText.line("watching " + String.join(", ", options.paths.stream().map(Path::toString).toList())
                    + " for changes; Ctrl-C stops"));
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                FileWatch.Changes changes;
                try {
                    changes = watch.next();
                } catch (InterruptedException e) {
                    break;
                }
                rounds.after(changes, scan());
            }
            out.println("stopped watching");
            out.flush();
            return ExitStatus.CLEAN;
        }
    }

    /** The maps the paths name now; a path with none (a folder emptied, a file deleted) gives none. */
    private List<Path> scan() {
        List<Path> maps = new ArrayList<>();
        for (Path path : options.paths) {
            try {
                MapFiles.expand(List.of(path)).maps().stream().filter(m -> !maps.contains(m)).forEach(maps::add);
            } catch (PipelineException e) {
                // nothing there now; a map made there later is drawn when it appears
            }
        }
        return maps;
    }

    /** What the watch remembers between rounds: the maps it knows, and the session drawing them. */
    private final class Rounds {
        private final MapSession session;
        private final PrintWriter out;
        private final PrintWriter err;
        private final View view;
        private final DiagramChoices choices;
        private final List<Exporter> formats;
        private final double scale;
        /** The maps known, by absolute path, each as the scan names it. */
        private final Map<Path, Path> known = new LinkedHashMap<>();

        Rounds(MapSession session, PrintWriter out, PrintWriter err, View view, DiagramChoices choices,
               List<Exporter> formats, double scale) {
            this.session = session;
            this.out = out;
            this.err = err;
            this.view = view;
            this.choices = choices;
            this.formats = formats;
            this.scale = scale;
        }

        /** After a burst of changes: new and changed maps drawn, removed ones forgotten. */
        void after(FileWatch.Changes changes, List<Path> maps) {
            Map<Path, Path> now = new LinkedHashMap<>();
            maps.forEach(m -> now.put(absolute(m), m));
            known.forEach((absolute, map) -> {
                if (!now.containsKey(absolute)) {
                    session.forget(map);
                    out.println(PrintableText.line(stamp() + map + " is gone; its files are left as they are"));
                }
            });
            boolean settings = changes.lost() || changes.paths().stream()
                    .anyMatch(p -> p.getFileName() != null && p.getFileName().toString().equals(ConfigLocator.FILE_NAME));
            List<Path> toDraw = maps.stream()
                    .filter(m -> settings || changes.touches(m) || !known.containsKey(absolute(m))).toList();
            draw(maps, toDraw);
            out.flush();
        }

        /** Draws {@code toDraw}, each of them one of {@code maps}, the maps whose files are planned together. */
        void draw(List<Path> maps, List<Path> toDraw) {
            known.clear();
            maps.forEach(m -> known.put(absolute(m), m));
            OutputPlan plan;
            try {
                plan = OutputPlan.of(output.folder, maps, view, formats.get(0));
            } catch (PipelineException e) {
                print(e.getMessage(), e.hint());
                return;
            }
            for (Path map : toDraw) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                drawOne(map, new RenderOutputs(out, plan, formats, scale));
            }
            out.flush();
        }

        private void drawOne(Path map, RenderOutputs outputs) {
            out.println(PrintableText.line(stamp() + map));
            try {
                boolean draws = outputs.needsDrawing();
                MapSession.Update update = session.update(map, new MapSession.Request(view, choices, draws,
                        draws ? outputs.stampOf(map) : Optional.empty()));
                if (Thread.currentThread().isInterrupted()) {
                    return; // stopped while drawing: what the update says is only that
                }
                update.checked().ifPresent(checked -> Reporting.print(out, List.of(checked)));
                update.failure().ifPresent(failure -> {
                    failure.pipeline().filter(PipelineException.BrokenSettings.class::isInstance)
                            .map(CommandFailure::of).flatMap(CommandFailure::details).ifPresent(err::print);
                    print(failure.message() + "; its earlier files are unchanged", failure.hint());
                });
                if (update.fresh().isPresent()) {
                    MapSession.Drawn drawn = update.fresh().get();
                    outputs.tellAbout(drawn.drawn().request());
                    outputs.write(outputs.files(drawn.drawn()));
                } else if (update.checked().filter(c -> c.hasErrors()).isPresent()) {
                    out.println(PrintableText.line("not drawn: " + map + " has errors; its earlier diagram is unchanged"));
                }
            } catch (CommandFailure e) {
                print(e.getMessage(), e.hint());
            } catch (PipelineException e) {
                print(e.getMessage(), e.hint());
            } catch (DrawingTooLong e) {
                CommandFailure failure = TimeBudget.drawingTooLong(e.map(), e.budget(), true);
                print(failure.getMessage(), failure.hint());
            }
            out.flush();
        }

        private void print(String message, Optional<String> hint) {
            err.println("argmap: " + PrintableText.line(message));
            hint.ifPresent(h -> err.println("  hint: " + PrintableText.line(h)));
            err.flush();
        }

        private static Path absolute(Path map) {
            return map.toAbsolutePath().normalize();
        }

        private static String stamp() {
            return "[" + LocalTime.now().format(CLOCK) + "] ";
        }
    }
}
