package org.argmap.cli;

import java.awt.Desktop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.PrintableText;
import org.argmap.load.ConfigLocator;
import org.argmap.pipeline.FileWatch;
import org.argmap.pipeline.MapSession;
import org.argmap.preview.PreviewServer;
import org.argmap.preview.PreviewView;
import org.argmap.render.engine.EngineSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap preview}: a live view of one map in the browser ({@link PreviewServer}), on
 * 127.0.0.1 only, drawn again within a moment of each save, until Ctrl-C.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = "Show a map in the browser, with its findings, drawn again each time it is saved, until Ctrl-C.",
        footer = {"",
                "The page is served on 127.0.0.1 only, at the address printed. It shows the diagram",
                "(drag to move, scroll to zoom), the findings (click one for its source line), the",
                "evaluation table, and controls for the view; render's options set the first view.",
                "A map with errors keeps its last good diagram beside the errors. See docs/preview.md."})
public final class PreviewCommand implements Callable<Integer> {

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

    @Option(names = "--port", paramLabel = "N", defaultValue = "0",
            description = "The port to listen on, on 127.0.0.1 (default: 0, any free port).")
    int port;

    @Option(names = "--open", description = "Open the page in the desktop's browser.")
    boolean open;

    private final EngineSelector engines;

    PreviewCommand() {
        this(EngineSelector.forThisProcess());
    }

    PreviewCommand(EngineSelector engines) {
        this.engines = Objects.requireNonNull(engines, "engines");
    }

    @Override
    public Integer call() {
        if (options.paths.size() != 1 || Files.isDirectory(options.paths.get(0))) {
            throw new CommandFailure("preview shows one map file, not " + (options.paths.size() == 1
                    ? "the folder " + options.paths.get(0) : options.paths.size() + " paths"),
                    "name one map, e.g. argmap preview maps/essay.yaml; argmap watch takes folders");
        }
        if (port < 0 || port > 65535) {
            throw new CommandFailure("--port " + port + " is not a port", "give 1 to 65535, or 0 for any free port");
        }
        PreviewView first = new PreviewView(viewOptions.view(), layout.choices());
        Path map = CommandPipeline.expand(options.paths, spec.commandLine().getErr()).maps().get(0);
        PrintWriter out = spec.commandLine().getOut();
        Path settings = (map.getParent() == null ? Path.of("") : map.getParent()).resolve(ConfigLocator.FILE_NAME);
        try (StopOnCtrlC ctrlC = new StopOnCtrlC();
             MapSession session = CommandPipeline.session(options, engines, engine.choice);
             FileWatch watch = new FileWatch(List.of(map, settings), WatchCommand.QUIET);
             PreviewServer server = start(session, map, first)) {
            report(out, server.current());
            out.println(PrintableText.line("preview of " + map + " at " + server.address() + " (Ctrl-C stops)"));
            out.flush();
            if (open) {
                browse(server, out);
            }
            try {
                server.follow(watch, update -> report(out, update));
            } catch (InterruptedException e) {
                out.println("stopped the preview");
                out.flush();
            }
            return ExitStatus.CLEAN;
        }
    }

    private PreviewServer start(MapSession session, Path map, PreviewView first) {
        try {
            return PreviewServer.start(session, map, first, port);
        } catch (IOException e) {
            throw new CommandFailure("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(),
                    "choose another port with --port N, or --port 0 for any free one");
        }
    }

    /** What an update found, on the terminal too: the findings as check prints them. */
    private static void report(PrintWriter out, MapSession.Update update) {
        out.println(PrintableText.line("[" + LocalTime.now().format(WatchCommand.CLOCK) + "] " + update.map()));
        update.checked().ifPresent(checked -> Reporting.print(out, List.of(checked)));
        update.failure().ifPresent(failure -> {
            out.println("argmap: " + PrintableText.line(failure.message()));
            failure.hint().ifPresent(h -> out.println("  hint: " + PrintableText.line(h)));
        });
        out.flush();
    }

    private static void browse(PreviewServer server, PrintWriter out) {
        try {
            if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                Desktop.getDesktop().browse(server.address());
                return;
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // said below
        }
        out.println("note: --open: no desktop browser can be opened from here; open " + server.address() + " yourself");
    }
}
