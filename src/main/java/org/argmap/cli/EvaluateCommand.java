package org.argmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.MapEvaluator;
import org.argmap.pipeline.MapFiles;
import org.argmap.report.EvaluatedMap;
import org.argmap.report.EvaluationJsonReport;
import org.argmap.report.EvaluationTextReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap evaluate}: check maps like {@code check}, then print the label and strength of every
 * statement and argument of each map that has no errors. Findings go to standard error, so that
 * standard output holds the evaluation alone (a JSON document can be piped as it is).
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Check maps, then give every statement and argument a label (accepted, rejected or "
                + "undecided) and a strength from 0 to 1. Findings go to standard error.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every map evaluated, no errors (no warnings either, when strict)",
                "  1  a map has errors (only a failed expectation lets it be evaluated), warnings",
                "     when strict, or strengths that did not converge",
                "  2  the command could not run (bad usage, a missing file, a broken argmap.yaml)",
                "",
                "What the labels and strengths mean: docs/evaluation.md"})
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = EvaluationFormat.Names.class, completionCandidates = EvaluationFormat.Names.class,
            description = "Output: text (default), a table per map; or json, the object the map format specifies "
                    + "(one map file) or one such object per map keyed by file (a directory or several paths).")
    EvaluationFormat format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MapFiles.Found found = CommandPipeline.expand(options.paths, err);
        // evaluated within each map's time budget
        List<CheckedMap> results = CommandPipeline.checker(options).checkAll(found.maps(), map -> true);

        MapEvaluator evaluator = new MapEvaluator();
        EvaluationTextReport table = new EvaluationTextReport();
        PerMapOutput<EvaluatedMap> output = new PerMapOutput<>(out, format, options.paths);
        List<MapEvaluator.Outcome> outcomes = new ArrayList<>();
        for (CheckedMap result : results) {
            MapEvaluator.Outcome outcome = evaluator.outcome(result);
            outcomes.add(outcome);
            StderrFindings.print(err, result, outcome.findings());
            if (outcome.evaluated().isEmpty()) {
                PerMapOutput.notReported(err, "not evaluated", result.path());
            }
            err.flush();
            outcome.evaluated().ifPresent(map -> output.add(map, table::block));
        }
        EvaluationJsonReport json = new EvaluationJsonReport();
        output.finish(json::report, evaluated -> json.reportByFile(results.stream().map(r -> r.load().file()).toList(),
                evaluated));
        StderrFindings.tally(err, results, outcomes.stream().flatMap(o -> o.findings().stream()).toList());
        return CommandPipeline.exitStatus(found, ExitStatus.of(MapEvaluator.Outcome.anyFails(outcomes)));
    }
}
