package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DotRenderer;
import org.argmap.render.View;
import org.argmap.render.ViewResult;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineException;
import org.argmap.render.engine.EngineSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap render}: check maps and draw each one that has no errors as an SVG diagram. A map
 * with errors is not drawn and its earlier diagram is left as it was.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Check maps and draw each map without errors as DIR/<map name>.svg.",
        footer = {"",
                "Views draw part of a map, to a file of their own, and say what they left out:",
                "  --perspective ID          DIR/<map name>--perspective-ID.svg",
                "  --focus ID [--depth N]    DIR/<map name>--focus-ID-N.svg",
                "The diagram names the view under its title and marks each claim that has",
                "links to claims not shown (\"+2 links not shown\"). See docs/views.md."})
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

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "Graphviz engine: auto (native dot if on PATH, else embedded), native or embedded "
                    + "(default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--check",
            description = "Write nothing: draw in memory and compare with the diagrams in DIR. Exit 1 if any "
                    + "is missing or stale. Each diagram is redrawn by the engine that drew it, if available.")
    boolean check;

    @Override
    public Integer call() {
        EngineChoice choice = parseEngine(engine);
        layout.choices(); // a bad layout option stops the command before any map is read
        View view = viewOptions.view();
        List<Path> files = MapFiles.expand(options.paths);
        Map<String, Path> targets = targets(files, view);
        return check
                ? checkDiagrams(choice, view, files, targets)
                : render(choice, view, files, targets);
    }

    private int render(EngineChoice choice, View view, List<Path> files, Map<String, Path> targets) {
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, Optional<DiagramStamp>> stamps = new LinkedHashMap<>();
        for (Path target : targets.values()) {
            stamps.put(target, readIfPresent(target).flatMap(DiagramStamp::readFrom));
        }
        // The embedded engine takes about a second to start; it starts in the background while
        // the maps are loaded and checked. A missing engine is reported only if there is
        // something to draw, so the findings of broken maps are never hidden behind it.
        try (DiagramEngines engines = new DiagramEngines(EngineSelector.forThisProcess(), choice)) {
            stamps.values().forEach(engines::prepare);
            List<MapChecker.CheckedMap> results = new MapChecker(options).checkAll(files);
            Reporting.print(out, results);
            // Every diagram is drawn in memory first: if the engine fails on any map, no file
            // has been touched yet.
            Map<Path, String> diagrams = new LinkedHashMap<>();
            Map<Path, String> engineNames = new LinkedHashMap<>();
            for (Drawable drawable : drawable(view, results)) {
                MapChecker.CheckedMap result = drawable.map();
                if (!(view instanceof View.Whole)) {
                    out.println(ViewSummary.line(result.path(), drawable.view()));
                }
                Path target = targets.get(result.path().toString());
                Engine engine = engines.forDiagram(stamps.get(target));
                diagrams.put(target, drawing(engine, dot(drawable)));
                engineNames.put(target, engine.name());
            }
            write(out, diagrams, engineNames);
            for (MapChecker.CheckedMap result : results) {
                if (result.hasErrors()) {
                    out.println("not drawn: " + result.path() + " has errors; its earlier diagram is unchanged");
                }
            }
            out.flush();
            return MapChecker.exitStatus(results);
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /**
     * {@code --check}: every diagram that {@link #render} would write, drawn in memory and compared
     * with the file in the output folder. Reads the folder and writes nothing.
     */
    private int checkDiagrams(EngineChoice choice, View view, List<Path> files, Map<String, Path> targets) {
        PrintWriter out = spec.commandLine().getOut();
        Map<Path, Optional<String>> onDisk = new LinkedHashMap<>();
        for (Path target : targets.values()) {
            onDisk.put(target, readIfPresent(target));
        }
        try (DiagramEngines engines = new DiagramEngines(EngineSelector.forThisProcess(), choice)) {
            onDisk.values().stream().flatMap(Optional::stream).map(DiagramStamp::readFrom)
                    .forEach(engines::prepare);
            List<MapChecker.CheckedMap> results = new MapChecker(options).checkAll(files);
            Reporting.print(out, results);
            int checked = 0;
            int missing = 0;
            int stale = 0;
            for (Drawable drawable : drawable(view, results)) {
                MapChecker.CheckedMap result = drawable.map();
                checked++;
                Path target = targets.get(result.path().toString());
                Optional<String> existing = onDisk.get(target);
                if (existing.isEmpty()) {
                    missing++;
                    out.println("missing: " + target + " (run '" + renderCommand(named(choice), view, result.path()) + "')");
                    continue;
                }
                Optional<DiagramStamp> stamp = DiagramStamp.readFrom(existing.get());
                Optional<String> engineUsed = named(choice);
                Optional<String> reason;
                if (stamp.isEmpty()) {
                    reason = Optional.of(DiagramComparison.UNSTAMPED);
                } else {
                    Engine redraw = engines.forDiagram(stamp);
                    engineUsed = Optional.of(redraw.name());
                    String fresh = drawing(redraw, dot(drawable));
                    reason = DiagramComparison.whyStale(existing.get(), fresh, result.path().toString());
                }
                if (reason.isPresent()) {
                    stale++;
                    out.println("stale: " + target + " (" + reason.get() + "; run '"
                            + renderCommand(engineUsed, view, result.path()) + "')");
                }
            }
            for (MapChecker.CheckedMap result : results) {
                if (result.hasErrors()) {
                    out.println("not checked: " + result.path() + " has errors, so its diagram cannot be drawn");
                }
            }
            if (stale > 0) {
                engines.unavailableStamped().forEach(name -> out.println("note: the " + name
                        + " engine is not available here; diagrams it drew were compared with another engine's drawing"));
            }
            out.println(checkSummary(checked, missing, stale, engines.used()));
            out.flush();
            return missing + stale > 0 ? ExitStatus.FINDINGS : MapChecker.exitStatus(results);
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    /** The map's DOT, laid out as the command line and then the map's {@code render:} section say. */
    /** The DOT of a map's view, drawn with the command line's choices over the map's own render: section. */
    private String dot(Drawable drawable) {
        ArgumentMap map = drawable.map().load().map().orElseThrow();
        return new DotRenderer(DiagramChoices.resolve(layout.choices(), map.render())).render(drawable.view());
    }

    private static String checkSummary(int checked, int missing, int stale, List<String> engineNames) {
        StringBuilder summary = new StringBuilder(checked == 1 ? "1 diagram checked" : checked + " diagrams checked");
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

    /** The command that redraws one map, as the user would type it: same engine, view, theme and output folder. */
    private String renderCommand(Optional<String> engineName, View view, Path map) {
        StringBuilder command = new StringBuilder("argmap render");
        engineName.ifPresent(name -> command.append(" --engine ").append(name));
        command.append(ViewOptions.asArguments(view));
        layout.asArguments().forEach(argument -> command.append(' ').append(argument));
        if (!outputDir.equals(Path.of(DEFAULT_OUTPUT))) {
            command.append(" -o ").append(outputDir);
        }
        return command.append(' ').append(map).toString();
    }

    /** The engine the user named with {@code --engine}, if not {@code auto}. */
    private static Optional<String> named(EngineChoice choice) {
        return choice == EngineChoice.AUTO ? Optional.empty() : Optional.of(choice.cliName());
    }

    private static Optional<String> readIfPresent(Path target) {
        if (!Files.exists(target)) {
            return Optional.empty();
        }
        try {
            // decoded leniently: a file that is not UTF-8 is simply not what argmap writes
            return Optional.of(new String(Files.readAllBytes(target), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure("cannot read " + target + ": " + e.getMessage(),
                    "--check compares the diagrams in the output folder; check that they are readable");
        }
    }

    /** What {@code render} writes for one map: the engine's SVG with argmap's stamp. */
    static String drawing(Engine engine, String dot) {
        return DiagramStamp.of(engine.name(), dot).applyTo(engine.renderSvg(dot));
    }

    private static void write(PrintWriter out, Map<Path, String> diagrams, Map<Path, String> engineNames) {
        for (Map.Entry<Path, String> diagram : diagrams.entrySet()) {
            try {
                AtomicFiles.write(diagram.getKey(), diagram.getValue());
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + diagram.getKey() + ": " + e.getMessage(),
                        "check that the output folder is writable");
            }
            out.println("wrote " + diagram.getKey() + " (" + engineNames.get(diagram.getKey()) + " engine)");
        }
    }

    /** A map that can be drawn (it has no errors) and the part of it to draw. */
    private record Drawable(MapChecker.CheckedMap map, ViewResult view) {
    }

    /**
     * The view of each map that can be drawn, in order. Every such map must have the ids the view
     * names; if one does not, the command stops before drawing anything.
     */
    private static List<Drawable> drawable(View view, List<MapChecker.CheckedMap> results) {
        List<Drawable> drawable = new ArrayList<>();
        for (MapChecker.CheckedMap result : results) {
            if (!result.hasErrors() && result.load().map().isPresent()) {
                drawable.add(new Drawable(result, ViewOptions.apply(view, result.path(), result.load().map().orElseThrow())));
            }
        }
        return drawable;
    }

    /** Each map's diagram file: {@code DIR/<map name><view suffix>.svg}, so a view never overwrites the whole map. */
    private Map<String, Path> targets(List<Path> files, View view) {
        Map<String, Path> byMap = new HashMap<>();
        Map<Path, Path> claimedBy = new HashMap<>();
        for (Path file : files) {
            Path target = outputDir.resolve(MapFiles.baseName(file) + view.fileSuffix() + ".svg");
            Path earlier = claimedBy.putIfAbsent(target, file);
            if (earlier != null) {
                throw new CommandFailure("both " + earlier + " and " + file + " would be drawn to " + target,
                        "rename one of the maps or render them to different folders with -o");
            }
            byMap.put(file.toString(), target);
        }
        return byMap;
    }

    private static EngineChoice parseEngine(String text) {
        try {
            return EngineChoice.fromCliName(text);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
