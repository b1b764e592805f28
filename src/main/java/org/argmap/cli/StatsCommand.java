package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.PrintableText;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.MapFiles;
import org.argmap.report.MapStats;
import org.argmap.report.StatsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap stats}: check maps like {@code check}, then print the numbers of each map that
 * loaded ({@link CheckedMap#stats}); a map with errors is counted as written, without labels.
 * Findings go to standard error, as for {@code evaluate}, so that the JSON can be piped.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Check maps, then count each one: statements by kind and perspective, evaluation labels, "
                + "depth, unanswered counterpoints, implicit statements, quotes, and the balance between the "
                + "perspectives. Findings go to standard error.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every map counted, no errors (no warnings either, when strict)",
                "  1  a map has errors (it is counted as written, without evaluation), or warnings",
                "     when strict; a map that does not load is not counted",
                "  2  the command could not run (bad usage, a missing file, a broken argmap.yaml)",
                "",
                "What each number means, and the JSON: docs/stats.md"})
public final class StatsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = EvaluationFormat.Names.class, completionCandidates = EvaluationFormat.Names.class,
            description = "Output: text (default), a few lines per map; or json, one object per map "
                    + "(keyed by file for a directory or several paths).")
    EvaluationFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean oneMapFile = options.paths.size() == 1 && Files.isRegularFile(options.paths.get(0));
        MapFiles.Found found = CommandPipeline.expand(options.paths, err);
        // evaluated for the labels, within each map's time budget
        List<CheckedMap> results = CommandPipeline.checker(options).checkAll(found.maps(), map -> true);
        StatsReport report = new StatsReport();
        List<MapStats> counted = new ArrayList<>();
        for (CheckedMap result : results) {
            StderrFindings.print(err, result, result.diagnostics());
            Optional<MapStats> stats = result.stats();
            if (stats.isEmpty()) {
                err.println(PrintableText.line("not counted: " + result.path() + " did not load; fix the errors above first"));
            }
            err.flush();
            stats.ifPresent(numbers -> {
                if (format == EvaluationFormat.TEXT) {
                    out.print((counted.isEmpty() ? "" : "\n") + report.text(numbers));
                    out.flush();
                }
                counted.add(numbers);
            });
        }
        if (format == EvaluationFormat.JSON) {
            out.print(oneMapFile ? counted.stream().map(report::json).findFirst().orElse("")
                    : report.jsonByFile(results.stream().map(r -> r.load().file()).toList(), counted));
            out.flush();
        }
        StderrFindings.tally(err, results, results.stream().flatMap(r -> r.diagnostics().stream()).toList());
        return CommandPipeline.exitStatus(found, ExitStatus.of(CheckedMap.anyFails(results)));
    }
}
