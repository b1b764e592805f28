package org.argmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.MapFiles;
import org.argmap.report.QuestionsReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap questions}: check maps like {@code check}, then print, for each argument whose
 * scheme is in the catalogue (the built-in one and the repository's own), its critical questions
 * and which statements raise or settle them, as a teacher's worksheet. Findings go to standard
 * error, as for {@code evaluate}, except the {@code open-questions} notes: the worksheet is them.
 */
@Command(name = "questions", mixinStandardHelpOptions = true,
        description = "Check maps, then list the critical questions of every argument whose scheme is in the catalogue, "
                + "each raised, settled or open, as a worksheet. Findings go to standard error.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  every map listed, no errors (no warnings either, when strict)",
                "  1  a map has errors (it is not listed), or warnings when strict",
                "  2  the command could not run (bad usage, a missing file, a broken argmap.yaml)",
                "",
                "The schemes and their questions: docs/schemes.md"})
public final class QuestionsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CheckOptions options;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = EvaluationFormat.Names.class, completionCandidates = EvaluationFormat.Names.class,
            description = "Output: text (default), a worksheet per map; or json, one object per map "
                    + "(keyed by file for a directory or several paths).")
    EvaluationFormat format;

    @Option(names = "--open-only", description = "Show only the questions nothing raises or settles.")
    boolean openOnly;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        MapFiles.Found found = CommandPipeline.expand(options.paths, err);
        List<CheckedMap> results = CommandPipeline.checker(options).checkAll(found.maps());
        QuestionsReport report = new QuestionsReport(openOnly);
        PerMapOutput<QuestionsReport.Worksheet> output = new PerMapOutput<>(out, format, options.paths);
        List<Diagnostic> all = new ArrayList<>();
        for (CheckedMap result : results) {
            // the worksheet lists the open questions itself
            List<Diagnostic> findings = result.diagnostics().stream()
                    .filter(d -> !d.rule().equals(RuleIds.OPEN_QUESTIONS)).toList();
            all.addAll(findings);
            StderrFindings.print(err, result, findings);
            if (result.hasErrors() || result.map().isEmpty()) {
                PerMapOutput.notReported(err, "not listed", result.path());
                err.flush();
                continue;
            }
            err.flush();
            output.add(new QuestionsReport.Worksheet(result.map().get(), result.schemes()),
                    worksheet -> report.text(worksheet.map(), worksheet.catalogue()));
        }
        output.finish(worksheet -> report.json(worksheet.map(), worksheet.catalogue()),
                worksheets -> report.jsonByFile(results.stream().map(r -> r.load().file()).toList(), worksheets));
        StderrFindings.tally(err, results, all);
        return CommandPipeline.exitStatus(found, ExitStatus.of(CheckedMap.anyFails(results)));
    }
}
