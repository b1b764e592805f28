package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.argmap.render.DotRenderer;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineException;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.EngineUnavailableException;
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
        MapChecker checker = new MapChecker(options);
        List<MapChecker.CheckedMap> results = checker.checkAll(files);
        Reporting.print(out, results);

        List<MapChecker.CheckedMap> drawable = results.stream().filter(r -> !r.hasErrors() && r.load().map().isPresent()).toList();
        if (!drawable.isEmpty()) {
            // Draw everything in memory first: if the engine fails on any map, no file is touched.
            Map<Path, String> diagrams = new LinkedHashMap<>();
            String engineName;
            DotRenderer renderer = new DotRenderer();
            try (Engine selected = select(choice)) {
                engineName = selected.name();
                for (MapChecker.CheckedMap result : drawable) {
                    String svg = selected.renderSvg(renderer.render(result.load().map().get()));
                    diagrams.put(targets.get(result.path().toString()), svg);
                }
            } catch (EngineException e) {
                throw new CommandFailure(e.getMessage());
            }
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
        for (MapChecker.CheckedMap result : results) {
            if (result.hasErrors()) {
                out.println("not drawn: " + result.path() + " has errors; its earlier diagram is unchanged");
            }
        }
        out.flush();
        return results.stream().anyMatch(MapChecker.CheckedMap::hasErrors) ? ExitStatus.FINDINGS : ExitStatus.CLEAN;
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

    private static Engine select(EngineChoice choice) {
        try {
            return EngineSelector.forThisProcess().select(choice);
        } catch (EngineUnavailableException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
