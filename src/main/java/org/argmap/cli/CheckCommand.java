package org.argmap.cli;

import java.io.PrintWriter;
import java.util.List;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.MapChecker;
import org.argmap.pipeline.MapFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code argmap check}: report every problem in the maps, like a compiler. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check maps for structural problems and print each finding with its source line.")
public final class CheckCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = ReportFormat.Names.class, completionCandidates = ReportFormat.Names.class,
            description = "Output: text (default), json, sarif (SARIF 2.1.0, for code scanning) "
                    + "or github (GitHub Actions annotations).")
    ReportFormat format;

    private final ProgressLine progress;

    /** Showing no progress, for a command line built without {@link CommandLineFactory}. */
    CheckCommand() {
        this(ProgressLine.OFF);
    }

    /** @param progress where to show how far a run over several maps has got */
    CheckCommand(ProgressLine progress) {
        this.progress = progress;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        MapChecker checker = CommandPipeline.checker(options);
        MapFiles.Found found = CommandPipeline.expand(options.paths, spec.commandLine().getErr());
        List<CheckedMap> results = checker.checkAll(found.maps(), map -> false, progress.counting("checking"));
        progress.clear();
        Reporting.print(out, results, format, true);
        return CommandPipeline.exitStatus(found, ExitStatus.of(CheckedMap.anyFails(results)));
    }
}
