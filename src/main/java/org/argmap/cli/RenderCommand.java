package org.argmap.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.export.Exporter;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.pipeline.Drawings;
import org.argmap.pipeline.DrawingTooLong;
import org.argmap.pipeline.MapFiles;
import org.argmap.pipeline.OutputPlan;
import org.argmap.render.View;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineException;
import org.argmap.render.engine.EngineSelector;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap render}: check maps and draw each one that has no errors, in the formats chosen
 * with {@code -f} ({@link RenderOutputs}), or with {@code --check} compare what it would write with
 * the files there ({@link RenderCheck}). A map with errors is not drawn and its earlier files are
 * left as they were.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Check maps and draw each map without errors as DIR/<map name>.svg, or in the formats -f names.",
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

    @Mixin
    EngineOptions engine;

    @Mixin
    OutputOptions output;

    @Option(names = "--check",
            description = "Write nothing: draw in memory and compare with the diagrams in DIR. Exit 1 if any "
                    + "is missing or stale. Each diagram is redrawn by the engine that drew it, if available.")
    boolean check;

    private final EngineSelector engines;
    private final ProgressLine progress;

    /** Drawing with this process's engines, for a command line built without {@link CommandLineFactory}. */
    RenderCommand() {
        this(EngineSelector.forThisProcess(), ProgressLine.OFF);
    }

    /**
     * @param engines  where the Graphviz engines come from: this process's, or a test's
     * @param progress where to show how far a run over several maps has got
     */
    RenderCommand(EngineSelector engines, ProgressLine progress) {
        this.engines = Objects.requireNonNull(engines, "engines");
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public Integer call() {
        EngineChoice choice = engine.choice;
        List<Exporter> formats = output.formats();
        double pngScale = output.pngScale();
        layout.choices(); // a bad layout option stops the command before any map is read
        View view = viewOptions.view();
        OutputFiles.requireUsableFolder(output.folder);
        MapFiles.Found found = CommandPipeline.expand(options.paths, spec.commandLine().getErr());
        OutputPlan plan = OutputPlan.of(output.folder, found.maps(), view, formats.get(0));
        RenderOutputs outputs = new RenderOutputs(spec.commandLine().getOut(), plan, formats, pngScale);
        RenderCheck checker = new RenderCheck(outputs, new RenderCheck.Rerun(choice, view, layout.asArguments(), output.folder));
        List<Optional<DrawingStamp>> stamps = check ? checker.toPrepare() : outputs.toPrepare();
        TimeBudget budget = TimeBudget.of(options);
        try (Drawings drawings = new Drawings(engines, choice, budget::start, budget.budget())) {
            stamps.forEach(drawings.engines()::prepare);
            MapsToDraw checked = MapsToDraw.check(found.maps(), options, layout, view, spec.commandLine().getOut(), progress);
            int status = check ? checker.run(drawings, checked, progress) : outputs.write(drawings, checked, progress);
            return CommandPipeline.exitStatus(found, status);
        } catch (EngineException e) {
            throw new CommandFailure(e.getMessage());
        } catch (DrawingTooLong e) {
            throw TimeBudget.drawingTooLong(e.map(), e.budget(), !check);
        }
    }
}
