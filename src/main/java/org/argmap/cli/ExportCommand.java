package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.PrintableText;
import org.argmap.export.ExportException;
import org.argmap.export.Exporter;
import org.argmap.pipeline.CheckRequest;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.MapChecker;
import org.argmap.pipeline.MapExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argmap export}: one map in another tool's format (the formats made without a drawing,
 * from {@link org.argmap.export.Exporters#withoutDrawing}), to standard output or a file. The map
 * is checked first, as {@code check} would; one with errors is not exported. Findings go to
 * standard error.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Check a map, then write it in another format (AIF, Argdown, Mermaid, JSON, ...) "
                + "to standard output or a file. Findings go to standard error.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  exported (the map may have warnings)",
                "  1  the map has errors and is not exported",
                "  2  the command could not run (bad usage, a missing file, a file that cannot be written)",
                "",
                "What each format keeps and loses: docs/interchange.md"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FORMAT", required = true,
            converter = InterchangeFormats.To.class, completionCandidates = InterchangeFormats.To.class,
            description = "The format: ${COMPLETION-CANDIDATES}.")
    Exporter format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced only once the whole export is made) instead of standard output.")
    Optional<Path> output;

    @Parameters(paramLabel = "MAP", description = "The map file to export.")
    Path map;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(map)) {
            throw new CommandFailure(Files.isDirectory(map) ? map + " is a folder; export takes one map file"
                    : "cannot read " + map + ": no such file", "name one map file, e.g. maps/example.yaml");
        }
        CheckedMap checked = new MapChecker(CheckRequest.defaults()).checkAll(List.of(map)).get(0);
        StderrFindings.print(err, checked, checked.diagnostics());
        if (checked.hasErrors() || checked.map().isEmpty()) {
            err.println(PrintableText.line("not exported: " + map + " has errors; fix the errors above first"));
            err.flush();
            return ExitStatus.FINDINGS;
        }
        err.flush();
        String content;
        try {
            content = new String(MapExport.export(checked, format).bytes(), StandardCharsets.UTF_8);
        } catch (ExportException e) {
            throw new CommandFailure("cannot export " + map + " as " + format.name() + ": " + e.getMessage());
        }
        String name = map.getFileName().toString().replaceFirst("\\.ya?ml$", "") + "." + format.extension();
        ProductOutput.deliver(out, output, content, name);
        return ExitStatus.CLEAN;
    }
}
