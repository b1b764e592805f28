package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.render.DotRenderer;
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
        description = "Check maps and draw each map without errors as DIR/<map name>.svg.")
public final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", defaultValue = "output",
            description = "Folder for the diagrams (default: ${DEFAULT-VALUE}); created if missing.")
    Path outputDir;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            description = "Graphviz engine: auto (native dot if on PATH, else embedded), native or embedded "
                    + "(default: ${DEFAULT-VALUE}).")
    String engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        EngineChoice choice = parseEngine(engine);
        List<Path> files = MapFiles.expand(options.paths);
        Map<String, Path> targets = targets(files);
        // The embedded engine takes about a second to start; it starts in the background while
        // the maps are loaded and checked. A missing engine is reported only if there is
        // something to draw, so the findings of broken maps are never hidden behind it.
        Optional<Engine> started = Optional.empty();
        Optional<CommandFailure> unavailable = Optional.empty();
        try {
            started = Optional.of(EngineSelector.forThisProcess().select(choice));
        } catch (EngineException e) {
            unavailable = Optional.of(new CommandFailure(e.getMessage()));
        }
        try {
            List<MapChecker.CheckedMap> results = new MapChecker(options).checkAll(files);
            Reporting.print(out, results);
            List<MapChecker.CheckedMap> drawable = results.stream()
                    .filter(r -> !r.hasErrors() && r.load().map().isPresent())
                    .toList();
            if (!drawable.isEmpty()) {
                Engine selected = started.orElseThrow(unavailable::orElseThrow);
                write(out, draw(selected, drawable, targets), selected.name());
            }
            for (MapChecker.CheckedMap result : results) {
                if (result.hasErrors()) {
                    out.println("not drawn: " + result.path() + " has errors; its earlier diagram is unchanged");
                }
            }
            out.flush();
            return MapChecker.exitStatus(results);
        } finally {
            started.ifPresent(Engine::close);
        }
    }

    /** Every diagram, in memory: if the engine fails on any map, no file has been touched yet. */
    private static Map<Path, String> draw(Engine selected, List<MapChecker.CheckedMap> maps, Map<String, Path> targets) {
        Map<Path, String> diagrams = new LinkedHashMap<>();
        DotRenderer renderer = new DotRenderer();
        try {
            for (MapChecker.CheckedMap result : maps) {
                String svg = selected.renderSvg(renderer.render(result.load().map().orElseThrow()));
                diagrams.put(targets.get(result.path().toString()), svg);
            }
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage());
        }
        return diagrams;
    }

    private static void write(PrintWriter out, Map<Path, String> diagrams, String engineName) {
        for (Map.Entry<Path, String> diagram : diagrams.entrySet()) {
            try {
                AtomicFiles.write(diagram.getKey(), diagram.getValue());
            } catch (IOException e) {
                throw new CommandFailure("cannot write " + diagram.getKey() + ": " + e.getMessage(),
                        "check that the output folder is writable");
            }
            out.println("wrote " + diagram.getKey() + " (" + engineName + " engine)");
        }
    }

    private Map<String, Path> targets(List<Path> files) {
        Map<String, Path> byMap = new HashMap<>();
        Map<Path, Path> claimedBy = new HashMap<>();
        for (Path file : files) {
            Path target = outputDir.resolve(MapFiles.baseName(file) + ".svg");
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
