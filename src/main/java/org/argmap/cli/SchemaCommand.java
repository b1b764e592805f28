package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.argmap.load.MapSchema;
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
        ProductOutput.deliver(out, output, schema, MapSchema.FILE_NAME);
        return ExitStatus.CLEAN;
    }
}
