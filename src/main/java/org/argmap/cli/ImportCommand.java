package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.PrintableText;
import org.argmap.diagnostic.Severity;
import org.argmap.load.interchange.ImportOptions;
import org.argmap.load.interchange.Importer;
import org.argmap.pipeline.MapImport;
import org.argmap.report.TextReporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argmap import}: another tool's document as a format-1 YAML map, to standard output or a
 * file. The map is loaded and checked by the real loader and checker before anything is written;
 * one with errors is not written. What the import dropped, merged, chose or changed is reported on
 * standard error, each line starting with "import:".
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Read another tool's document (AIF, Argdown, argmap JSON, ...) and write it as an argmap YAML map "
                + "that passes check, to standard output or a file. What was not carried over goes to standard error.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  imported (the map may have warnings)",
                "  1  the imported map has errors and is not written",
                "  2  the command could not run (bad usage, an unreadable input, an unknown format)",
                "",
                "Mapping tables and the thesis policy: docs/interchange.md"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "FORMAT",
            converter = InterchangeFormats.From.class, completionCandidates = InterchangeFormats.From.class,
            description = "The input's format: ${COMPLETION-CANDIDATES} (default: guessed from the file's name and content).")
    Optional<Importer> format;

    @Option(names = "--thesis", paramLabel = "ID",
            description = "The statement to make the thesis, by the id it gets in the map, when the input has several candidates.")
    Optional<String> thesis;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the map to FILE (replaced only once the whole map is made and checked) "
                    + "instead of standard output.")
    Optional<Path> output;

    @Parameters(paramLabel = "INPUT", description = "The document to import.")
    Path input;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String yamlName = output.map(Path::toString).orElse("<imported map>");
        MapImport.Result result = MapImport.run(input, format, new ImportOptions(thesis), yamlName);
        result.report().lines().forEach(line -> err.println(PrintableText.line("import: " + line)));
        // notes (open questions, say) are the map's own business, for check to show later
        List<Diagnostic> shown = result.findings().stream().filter(d -> d.severity() != Severity.INFO).toList();
        if (!shown.isEmpty()) {
            err.print(new TextReporter(Map.of(yamlName, result.yaml())).format(shown));
        }
        if (result.hasErrors()) {
            err.println(PrintableText.line("not imported: the map made from " + input + " has errors; "
                    + "this is a gap in argmap's " + result.format().name() + " import, please report it with the input"));
            err.flush();
            return ExitStatus.FINDINGS;
        }
        err.flush();
        ProductOutput.deliver(out, output, result.yaml(), "imported.yaml");
        return ExitStatus.CLEAN;
    }
}
