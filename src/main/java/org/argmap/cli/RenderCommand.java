package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.argmap.diagnostic.PrintableText;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Strengths;
import org.argmap.export.ExportException;
import org.argmap.export.PngExporter;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.IoProblems;
import org.argmap.pipeline.MapFiles;
import org.argmap.render.DotRenderer;
import org.argmap.render.View;
import org.argmap.render.ViewResult;
import org.argmap.render.engine.Drawing;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineException;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.TimeLimitException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap render}: check maps and draw each one that has no errors, as an SVG diagram or in
 * the formats chosen with {@code -f}. A map with errors is not drawn and its earlier files are
 * left as they were.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Check maps and draw each map without errors as DIR/<map name>.svg (or .png, .pdf, .dot, .html).",
        footer = {"",
                "Views draw part of a map, to a file of their own, and say what they left out:",
                "  --perspective ID          DIR/<map name>--perspective-ID.svg",
                "  --focus ID [--depth N]    DIR/<map name>--focus-ID-N.svg",
                "The diagram names the view under its title and marks each claim that has",
                "links to claims not shown (\"+2 links not shown\"). See docs/views.md.",
                "",
                "--evaluate marks each statement and argument accepted, rejected or undecided, with",
                "its strength from 0 to 1, computed on the whole map also in a view. See docs/diagrams.md."})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Mixin
    ViewOptions viewOptions;

    @Mixin
    LayoutOptions layout;

    private static final String DEFAULT_OUTPUT = "output";

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = DEFAULT_OUTPUT,
            description = "Folder for the diagrams (default: ${DEFAULT-VALUE}); created if missing.")
    Path outputDir;

    @Mixin
    EngineOptions engine;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
            description = "What to write for each map, comma-separated or repeated: svg (default), png, pdf, dot, html.")
    List<String> formatNames;

    @Option(names = "--scale", paramLabel = "FACTOR",
            description = "Size of PNG images: 1 (default) is 96 pixels per inch, as a browser shows the SVG; "
                    + "2 doubles width and height (" + PngExporter.MIN_SCALE + " to " + PngExporter.MAX_SCALE + ").")
    Double scale;

    @Option(names = "--check",
            description = "Write nothing: draw in memory and compare with the diagrams in DIR. Exit 1 if any "
                    + "is missing or stale. Each diagram is redrawn by the engine that drew it, if available.")
    boolean check;

    @Override
    public Integer call() {
        EngineChoice choice = engine.choice;
        MapExports exports = new MapExports(parseFormats(formatNames), parseScale(scale, formatNames));
        layout.choices(); // a bad layout option stops the command before any map is read
        View view = viewOptions.view();
        OutputFiles.requireConfined(outputDir, Path.of("").toAbsolutePath());
        IoProblems.fileInTheWay(outputDir).ifPresent(file -> {
            throw new CommandFailure("-o " + (file.equals(outputDir) ? "" : outputDir + ": ") + file + " is a file, not a folder",
                    "-o names the folder the diagrams go to, e.g. -o diagrams");
        });
        MapFiles.Found found = CommandPipeline.expand(options.paths, spec.commandLine().getErr());
        List<Path> files = found.maps();
        Map<String, Path> targets = targets(files, view, exports.formats().get(0));
        return CommandPipeline.exitStatus(found, check
                ? checkDiagrams(choice, view, files, targets, exports)
                : render(choice, view, files, targets, exports));
    }

    private int render(EngineChoice choice, View view, List<Path> files, Map<String, Path> targets, MapExports exports) {
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, Optional<DiagramStamp>> stamps = new LinkedHashMap<>();
        if (exports.needsDrawing()) {
            for (Path target : targets.values()) {
                stamps.put(target, stampOf(target));
            }
        }
        // The embedded engine takes about a second to start; it starts in the background while
        // the maps are loaded and checked. A missing engine is reported only if there is
        // something to draw, so the findings of broken maps are never hidden behind it.
        try (DiagramEngines engines = new DiagramEngines(EngineSelector.forThisProcess(), choice);
             MapDrawings drawings = new MapDrawings(TimeBudget.of(options))) {
            stamps.values().forEach(engines::prepare);
            List<CheckedMap> results = CommandPipeline.checker(options).checkAll(files, this::evaluates);
            Reporting.print(out, results);
            List<Drawable> drawable = drawable(view, results);
            // the maps are drawn side by side, and taken below one by one in their order
            List<Future<Drawn>> drawn = new ArrayList<>();
            for (Drawable map : drawable) {
                Path target = targets.get(map.map().path().toString());
                drawn.add(drawings.submit(map, exports.needsDrawing() ? () -> engines.forDiagram(stamps.get(target)) : null));
            }
            // Every file of every map is made in memory first: if the engine or an exporter fails
            // on any map, or a drawing runs out of time, no file has been touched yet.
            List<PendingFile> pending = new ArrayList<>();
            for (int i = 0; i < drawable.size(); i++) {
                Drawable map = drawable.get(i);
                CheckedMap result = map.map();
                if (!(view instanceof View.Whole)) {
                    out.println(PrintableText.line(ViewSummary.line(result.path(), map.view())));
                }
                map.evaluation().filter(evaluation -> !evaluation.converged()).ifPresent(evaluation ->
                        out.println(PrintableText.line("note: " + result.path() + ": "
                                + Strengths.notConvergedAndWhy(evaluation))));
                Drawn done = drawings.await(drawn.get(i), result.path(), true);
                done.warnings().ifPresent(line -> out.println(PrintableText.line(line)));
                Path target = targets.get(result.path().toString());
                try {
                    for (RenderFormat format : exports.formats()) {
                        Path file = output(target, format);
                        MapExports.Export export = export(exports, format, file, map.view().shown(), map, done.dot(),
                                done::svg);
                        pending.add(new PendingFile(file, export.bytes(),
                                format.needsDrawing() ? done.engine().map(Engine::name) : Optional.empty(), export.note()));
                        done.deadline().check();
                    }
                } catch (Deadline.Exceeded e) {
                    throw TimeBudget.drawingTooLong(result.path(), e.budget(), true);
                }
            }
            write(out, pending);
            for (CheckedMap result : results) {
                if (result.hasErrors()) {
                    out.println(PrintableText.line("not drawn: " + result.path() + " has errors; its earlier diagram is unchanged"));
                }
            }
            out.flush();
            return ExitStatus.of(CheckedMap.anyFails(results));
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /**
     * {@code --check}: every diagram that {@link #render} would write, drawn in memory and compared
     * with the file in the output folder. Reads the folder and writes nothing.
     */
    private int checkDiagrams(EngineChoice choice, View view, List<Path> files, Map<String, Path> targets,
                              MapExports exports) {
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, Optional<DiagramStamp>> stamps = new LinkedHashMap<>();
        for (Path target : targets.values()) {
            stamps.put(target, stampOf(target));
        }
        try (DiagramEngines engines = new DiagramEngines(EngineSelector.forThisProcess(), choice);
             MapDrawings drawings = new MapDrawings(TimeBudget.of(options))) {
            if (exports.needsDrawing()) {
                stamps.values().stream().filter(Optional::isPresent).forEach(engines::prepare);
            }
            List<CheckedMap> results = CommandPipeline.checker(options).checkAll(files, this::evaluates);
            Reporting.print(out, results);
            List<Drawable> drawable = drawable(view, results);
            // drawn side by side, each map only if some file has to be compared with a drawing
            List<Future<Drawn>> drawn = new ArrayList<>();
            for (Drawable map : drawable) {
                Path target = targets.get(map.map().path().toString());
                boolean compared = exports.formats().stream()
                        .anyMatch(format -> comparedWithDrawing(output(target, format), format));
                drawn.add(drawings.submit(map, compared ? () -> engines.forDiagram(stamps.get(target)) : null));
            }
            int checked = 0;
            int missing = 0;
            int stale = 0;
            for (int i = 0; i < drawable.size(); i++) {
                Drawable map = drawable.get(i);
                CheckedMap result = map.map();
                Path target = targets.get(result.path().toString());
                Drawn done = drawings.await(drawn.get(i), result.path(), false);
                // a file that appeared since the drawings were started is drawn here, once
                Supplier<Engine> redraw = once(() -> done.engine().orElseGet(() -> engines.forDiagram(stamps.get(target))));
                Supplier<String> svg = once(() -> done.engine().isPresent() ? done.svg()
                        : drawings.drawHere(redraw.get(), done, result.path(), false));
                try {
                    for (RenderFormat format : exports.formats()) {
                        Path file = output(target, format);
                        if (!format.checkable()) {
                            out.println(PrintableText.line("not checked: " + file + " (" + RenderFormat.NOT_CHECKABLE + ")"));
                            continue;
                        }
                        checked++;
                        if (!OutputFiles.isPresent(file)) {
                            missing++;
                            out.println(PrintableText.line("missing: " + file
                                    + " (run: " + renderCommand(named(choice), view, result.path(), format) + ")"));
                            continue;
                        }
                        Optional<String> reason;
                        boolean drawnHere = format.needsDrawing();
                        if (format == RenderFormat.SVG && OutputFiles.stamp(file).isEmpty()) {
                            reason = Optional.of(DiagramComparison.UNSTAMPED);
                            drawnHere = false;
                        } else {
                            byte[] fresh = export(exports, format, file, map.view().shown(), map, done.dot(), svg).bytes();
                            reason = whyStale(format, onDisk(file, format, fresh), fresh, result.path().toString());
                        }
                        done.deadline().check();
                        if (reason.isPresent()) {
                            stale++;
                            Optional<String> engineUsed = drawnHere ? Optional.of(redraw.get().name()) : named(choice);
                            out.println(PrintableText.line("stale: " + file + " (" + reason.get() + "; run: "
                                    + renderCommand(engineUsed, view, result.path(), format) + ")"));
                        }
                    }
                } catch (Deadline.Exceeded e) {
                    throw TimeBudget.drawingTooLong(result.path(), e.budget(), false);
                }
            }
            for (CheckedMap result : results) {
                if (result.hasErrors()) {
                    out.println(PrintableText.line("not checked: " + result.path() + " has errors, so its diagram cannot be drawn"));
                }
            }
            if (stale > 0) {
                // the names come from the stamps of the files on disk, which anyone can edit
                engines.unavailableStamped().forEach(name -> out.println(PrintableText.line("note: the " + name
                        + " engine is not available here; diagrams it drew were compared with another engine's drawing")));
            }
            String unit = exports.formats().equals(List.of(RenderFormat.SVG)) ? "diagram" : "file";
            out.println(PrintableText.line(checkSummary(checked, missing, stale, engines.used(), unit)));
            out.flush();
            return missing + stale > 0 ? ExitStatus.FINDINGS : ExitStatus.of(CheckedMap.anyFails(results));
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** Whether {@code --check} compares this file with a fresh drawing (it is not skipped, missing or unstamped). */
    private static boolean comparedWithDrawing(Path file, RenderFormat format) {
        return format.checkable() && format.needsDrawing() && OutputFiles.isPresent(file)
                && !(format == RenderFormat.SVG && OutputFiles.stamp(file).isEmpty());
    }

    private static String checkSummary(int checked, int missing, int stale, List<String> engineNames, String unit) {
        StringBuilder summary = new StringBuilder(checked + " " + unit + (checked == 1 ? "" : "s") + " checked");
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

    /**
     * The command that redraws one map, as the user would type it: same format, engine, view,
     * drawing options and output folder, each word quoted for a POSIX shell.
     */
    private String renderCommand(Optional<String> engineName, View view, Path map, RenderFormat format) {
        StringBuilder command = new StringBuilder("argmap render");
        if (format != RenderFormat.SVG) {
            command.append(" -f ").append(format.cliName());
        }
        engineName.filter(name -> format.needsDrawing()).ifPresent(name -> command.append(" --engine ").append(name));
        command.append(ViewOptions.asArguments(view));
        layout.asArguments().forEach(argument -> command.append(' ').append(argument));
        if (!outputDir.equals(Path.of(DEFAULT_OUTPUT))) {
            command.append(" -o ").append(ShellWords.quote(outputDir.toString()));
        }
        return command.append(' ').append(ShellWords.quote(map.toString())).toString();
    }

    /** The engine the user named with {@code --engine}, if not {@code auto}. */
    /** Whether a map is drawn with its evaluation: then it is evaluated within its time budget for checking. */
    private boolean evaluates(ArgumentMap map) {
        return DiagramChoices.evaluates(layout.choices(), map.render());
    }

    private static Optional<String> named(EngineChoice choice) {
        return choice == EngineChoice.AUTO ? Optional.empty() : Optional.of(choice.cliName());
    }

    /**
     * As much of a file on disk as it takes to compare it with {@code fresh}; a file removed since
     * it was found reads as empty, and so as stale.
     */
    private static byte[] onDisk(Path file, RenderFormat format, byte[] fresh) {
        boolean text = format == RenderFormat.SVG || format == RenderFormat.HTML || format == RenderFormat.DOT;
        return OutputFiles.forComparison(file, fresh.length, text).orElse(new byte[0]);
    }

    /** Decoded leniently: a file that is not UTF-8 is simply not what argmap writes. */
    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * The stamp of a map's existing drawing, which says which engine to draw it with again: in its
     * SVG, or else in the diagram inside its HTML page.
     */
    private static Optional<DiagramStamp> stampOf(Path svgTarget) {
        Optional<DiagramStamp> stamp = OutputFiles.stamp(svgTarget);
        return stamp.isPresent() ? stamp : OutputFiles.stamp(output(svgTarget, RenderFormat.HTML));
    }

    /**
     * Why a file on disk differs from what {@code render} would write now. SVG and HTML (which
     * holds the SVG) say it through their stamps; CRLF line ends count as LF in the text formats.
     */
    private static Optional<String> whyStale(RenderFormat format, byte[] onDisk, byte[] fresh, String map) {
        return switch (format) {
            case SVG -> DiagramComparison.whyStale(utf8(onDisk), utf8(fresh), map);
            case HTML -> samePageDrawing(utf8(onDisk), utf8(fresh))
                    ? Optional.of(map + " is drawn the same, but the page differs: quotes, notes, findings or argmap changed")
                    : DiagramComparison.whyStale(utf8(onDisk), utf8(fresh), map);
            case DOT -> utf8(onDisk).replace("\r\n", "\n").equals(utf8(fresh))
                    ? Optional.empty() : Optional.of(map + " or argmap changed since it was written");
            case PDF, PNG -> java.util.Arrays.equals(onDisk, fresh)
                    ? Optional.empty() : Optional.of(map + " or argmap changed since it was written");
        };
    }

    /** Whether two different pages hold the same drawing: same stamp, same Graphviz. */
    private static boolean samePageDrawing(String onDisk, String fresh) {
        return !onDisk.replace("\r\n", "\n").equals(fresh) && DiagramStamp.readFrom(onDisk).isPresent()
                && DiagramStamp.readFrom(onDisk).equals(DiagramStamp.readFrom(fresh))
                && DiagramStamp.graphvizVersion(onDisk).equals(DiagramStamp.graphvizVersion(fresh));
    }

    /** The DOT of a map's view, drawn with the command line's choices over the map's own render: section. */
    private String dot(Drawable drawable) {
        ArgumentMap map = drawable.map().load().map().orElseThrow();
        DotRenderer renderer = new DotRenderer(DiagramChoices.resolve(layout.choices(), map.render()));
        return drawable.evaluation()
                .map(evaluation -> renderer.render(drawable.view(), evaluation))
                .orElseGet(() -> renderer.render(drawable.view()));
    }

    /**
     * A map that can be drawn (it has no errors), the part of it to draw and, when it is drawn
     * with its evaluation, the evaluation of the whole map.
     */
    private record Drawable(CheckedMap map, ViewResult view, Optional<Evaluation> evaluation) {
    }

    /**
     * The view of each map that can be drawn, in order, evaluated when the command line or the
     * map asks for it. Every such map must have the ids the view names; if one does not, the
     * command stops before drawing anything.
     */
    private List<Drawable> drawable(View view, List<CheckedMap> results) {
        List<Drawable> drawable = new ArrayList<>();
        for (CheckedMap result : results) {
            if (!result.hasErrors() && result.load().map().isPresent()) {
                ArgumentMap map = result.load().map().orElseThrow();
                Optional<Evaluation> evaluation = DiagramChoices.evaluates(layout.choices(), map.render())
                        ? result.evaluation() : Optional.empty();
                drawable.add(new Drawable(result, ViewOptions.apply(view, result.path(), map), evaluation));
            }
        }
        return drawable;
    }

    /** One format of one map, made in memory; an exporter's failure stops the command. */
    private static MapExports.Export export(MapExports exports, RenderFormat format, Path file, ArgumentMap map,
                                            Drawable drawable, String dot, Supplier<String> svg) {
        try {
            return exports.export(format, map, drawable.map().diagnostics(), drawable.evaluation(), dot, svg);
        } catch (ExportException e) {
            throw new CommandFailure("cannot make " + file + ": " + e.getMessage());
        }
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

    /** What {@code render} writes for one map: the engine's SVG with argmap's stamp. */
    static String drawing(Engine engine, String dot, Drawing drawing) {
        return DiagramStamp.of(engine.name(), engine.graphvizVersion(), dot).applyTo(drawing.svg());
    }

    /**
     * One map's DOT and, when it was drawn, the engine that drew it and its drawing; and the
     * map's deadline for drawing, which goes on while its files are made.
     */
    private record Drawn(Path map, String dot, Optional<Engine> engine, Optional<Drawing> drawing, Deadline deadline) {

        /** The SVG file's text. */
        String svg() {
            return RenderCommand.drawing(engine.orElseThrow(), dot, drawing.orElseThrow());
        }

        /** Graphviz's warnings about the drawing, in one line, with what the user can do. */
        Optional<String> warnings() {
            List<String> warnings = drawing.map(Drawing::warnings).orElse(List.of());
            if (warnings.isEmpty()) {
                return Optional.empty();
            }
            String other = engine.orElseThrow().name().equals(EngineChoice.NATIVE.cliName())
                    ? EngineChoice.EMBEDDED.cliName() : EngineChoice.NATIVE.cliName();
            return Optional.of("warning: " + map + ": Graphviz: " + String.join("; ", warnings)
                    + " (the diagram is drawn; if it looks wrong, try --engine " + other + ")");
        }
    }

    /**
     * Draws maps side by side, as many at once as there are cores: each task makes a map's DOT
     * and, when asked to, the engine's drawing of it, within the map's time budget for drawing,
     * which is the engine's time limit. The engines are chosen by the caller on its own thread
     * ({@link DiagramEngines} is not thread-safe); an engine draws any number of maps at once.
     * Closing stops the drawings still running, e.g. when an earlier map failed.
     */
    private final class MapDrawings implements AutoCloseable {

        private final TimeBudget budget;
        private final ExecutorService pool;

        MapDrawings(TimeBudget budget) {
            this.budget = budget;
            AtomicInteger count = new AtomicInteger();
            this.pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
                Thread thread = new Thread(task, "argmap-draw-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
        }

        /**
         * Starts on a map's DOT and, if {@code engine} is given, its drawing by the engine it
         * chooses (called here, on the caller's thread); a failure to choose comes back from
         * {@link #await} in its turn.
         */
        Future<Drawn> submit(Drawable map, Supplier<Engine> engine) {
            Optional<Engine> chosen;
            try {
                chosen = engine == null ? Optional.empty() : Optional.of(engine.get());
            } catch (EngineException e) {
                return CompletableFuture.failedFuture(e);
            }
            return pool.submit(() -> {
                Deadline deadline = budget.start();
                String dot = dot(map);
                deadline.check();
                Optional<Drawing> drawing = chosen.map(drawer -> drawer.draw(dot, limit(deadline)));
                deadline.check();
                return new Drawn(map.map().path(), dot, chosen, drawing, deadline);
            });
        }

        /**
         * The work on one map, once done.
         *
         * @param writes whether the command writes files, for the message if the map ran out of time
         * @throws CommandFailure if the drawing ran out of time
         * @throws EngineException if the engine failed
         */
        Drawn await(Future<Drawn> drawn, Path map, boolean writes) {
            try {
                return drawn.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CommandFailure("interrupted while drawing " + map);
            } catch (ExecutionException e) {
                throw failure(e.getCause(), map, writes);
            }
        }

        /** The SVG file's text for a map that was not drawn beside the others, drawn now. */
        String drawHere(Engine engine, Drawn done, Path map, boolean writes) {
            try {
                return drawing(engine, done.dot(), engine.draw(done.dot(), limit(done.deadline())));
            } catch (RuntimeException e) {
                throw failure(e, map, writes);
            }
        }

        private RuntimeException failure(Throwable cause, Path map, boolean writes) {
            if (cause instanceof Deadline.Exceeded || cause instanceof TimeLimitException) {
                return TimeBudget.drawingTooLong(map, budget.budget(), writes);
            }
            if (cause instanceof RuntimeException e) {
                return e;
            }
            if (cause instanceof Error e) {
                throw e;
            }
            return new IllegalStateException(cause);
        }

        /** The engine's limit: what is left of the map's time for drawing; zero for no limit. */
        private static Duration limit(Deadline deadline) {
            return deadline.remaining().orElse(Duration.ZERO);
        }

        @Override
        public void close() {
            pool.shutdownNow();
        }
    }

    /** A file made in memory, waiting to be written: the engine that drew it, if any, and a note. */
    private record PendingFile(Path file, byte[] content, Optional<String> engineName, Optional<String> note) {
    }

    /**
     * Writes every file, once none of their places holds something other than a regular file: a
     * link, pipe or folder there stops the command before any file is replaced. Temporary files
     * left beside them by an earlier, interrupted run are removed first.
     */
    private static void write(PrintWriter out, List<PendingFile> pending) {
        List<Path> files = pending.stream().map(PendingFile::file).toList();
        files.forEach(OutputFiles::requireReplaceable);
        AtomicFiles.removeStaleTemporaries(files);
        for (PendingFile file : pending) {
            try {
                AtomicFiles.write(file.file(), file.content());
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + file.file() + ": " + IoProblems.describe(file.file(), e),
                        "check that the output folder is writable");
            }
            out.println(PrintableText.line("wrote " + file.file()
                    + file.engineName().map(name -> " (" + name + " engine)").orElse("")));
            file.note().ifPresent(note -> out.println(PrintableText.line("note: " + file.file() + ": " + note)));
        }
    }

    /**
     * Each map's SVG path in the output folder, by map file as the user named it: {@code DIR/<map
     * name><view suffix>.svg}, so a view never overwrites the whole map; the files of the other
     * formats lie beside it ({@link #output}).
     *
     * @param shown the format named when two maps would collide
     */
    private Map<String, Path> targets(List<Path> files, View view, RenderFormat shown) {
        Map<String, Path> byMap = new HashMap<>();
        Map<Path, Path> claimedBy = new HashMap<>();
        for (Path file : files) {
            Path target = outputDir.resolve(MapFiles.baseName(file) + view.fileSuffix() + ".svg");
            Path earlier = claimedBy.putIfAbsent(target, file);
            if (earlier != null) {
                throw new CommandFailure("both " + earlier + " and " + file + " would be drawn to " + output(target, shown),
                        "rename one of the maps or render them to different folders with -o");
            }
            byMap.put(file.toString(), target);
        }
        return byMap;
    }

    /** The file of {@code format} beside a map's SVG path. */
    private static Path output(Path svgTarget, RenderFormat format) {
        String svgName = svgTarget.getFileName().toString();
        return svgTarget.resolveSibling(svgName.substring(0, svgName.length() - ".svg".length()) + "." + format.cliName());
    }

    private static List<RenderFormat> parseFormats(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of(RenderFormat.SVG);
        }
        try {
            return RenderFormat.parse(names);
        } catch (IllegalArgumentException e) {
            String wrong = e.getMessage().replaceFirst("^unknown format '(.*)'$", "$1");
            throw FormatNames.unknown(e.getMessage(), wrong, RenderFormat.cliNames());
        }
    }

    private static double parseScale(Double scale, List<String> formatNames) {
        if (scale == null) {
            return PngExporter.DEFAULT_SCALE;
        }
        if (!parseFormats(formatNames).contains(RenderFormat.PNG)) {
            throw new CommandFailure("--scale sets the size of PNG images, and no png is asked for",
                    "add png to the formats, e.g. -f svg,png --scale 2");
        }
        if (!(scale >= PngExporter.MIN_SCALE && scale <= PngExporter.MAX_SCALE)) {
            throw new CommandFailure("--scale " + scale + " is outside " + PngExporter.MIN_SCALE + " to " + PngExporter.MAX_SCALE,
                    "2 makes the PNG twice as wide and high as the SVG shows in a browser");
        }
        return scale;
    }
}
