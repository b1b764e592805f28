package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.diagnostic.PrintableText;
import org.argmap.load.MapSchema;
import org.argmap.pipeline.IoProblems;
import org.argmap.pipeline.OutputWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code argmap schema}: the JSON Schema of the map format, for editors that complete and check
 * YAML as it is typed. Printed as shipped, byte for byte, or written to a file.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the JSON Schema of the map format, for completion and checks in your editor.")
public final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the schema to FILE instead of printing it (e.g. " + MapSchema.FILE_NAME + ").")
    Optional<Path> output;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String schema = MapSchema.text();
        if (output.isEmpty()) {
            out.print(schema);
            out.flush();
            return ExitStatus.CLEAN;
        }
        Path target = output.get();
        if (Files.isDirectory(target)) {
            throw new CommandFailure(target + " is a folder",
                    "name the file to write, e.g. " + target.resolve(MapSchema.FILE_NAME));
        }
        try {
            OutputWriter.write(target, schema);
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + target + ": " + IoProblems.describe(target, e),
                    "check that the folder is writable");
        }
        out.println(PrintableText.line("wrote " + target));
        out.flush();
        return ExitStatus.CLEAN;
    }
}
