package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.PrintableText;
import org.argmap.load.MapTemplate;
import org.argmap.pipeline.NewMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code argmap init}: a new map to start from ({@link NewMap}), and the schema beside it that its
 * first line names for editors. It never writes over a file.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Write a new map to start from: a small example with every part (thesis, premise, "
                + "counterpoint, rebuttal, perspective, argument, source), each explained in a comment. "
                + "Also writes the map schema beside it, for your editor, unless one is there.",
        footerHeading = "%nExit status:%n",
        footer = {"  0  the map was written",
                "  2  nothing was written: FILE exists already (init never writes over a",
                "     file), its folder does not exist, or it cannot be written"})
public final class InitCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
            description = "The map to write (default: " + MapTemplate.DEFAULT_FILE_NAME + " in this folder).")
    Optional<Path> file;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        NewMap.Created created = NewMap.create(file.orElse(Path.of(MapTemplate.DEFAULT_FILE_NAME)));
        out.println(PrintableText.line("wrote " + created.map()));
        if (created.schemaWritten()) {
            out.println(PrintableText.line("wrote " + created.schema() + " (the schema its first line names, for your editor)"));
        } else if (created.schemaProblem().isPresent()) {
            out.println(PrintableText.line("note: could not write " + created.schema() + ": " + created.schemaProblem().get()
                    + "; run: argmap schema -o " + ShellWords.quote(created.schema().toString())));
        } else {
            out.println(PrintableText.line("kept " + created.schema() + ", which was there already"));
        }
        out.println(PrintableText.line("next: edit " + created.map() + ", then: argmap check "
                + ShellWords.quote(created.map().toString())));
        out.flush();
        return ExitStatus.CLEAN;
    }
}
