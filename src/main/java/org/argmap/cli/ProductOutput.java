package org.argmap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argmap.diagnostic.PrintableText;
import org.argmap.pipeline.IoProblems;
import org.argmap.pipeline.OutputWriter;

/**
 * Where a command that makes one text puts it: standard output, or with {@code -o FILE} a file
 * written to a temporary file beside it and moved into place ({@link OutputWriter}), so a failed
 * run leaves the file as it was; "wrote FILE" then goes to standard output.
 */
final class ProductOutput {

    private ProductOutput() {
    }

    /**
     * @param example a file name to suggest when {@code output} is a folder
     * @throws CommandFailure when the file cannot be written
     */
    static void deliver(PrintWriter out, Optional<Path> output, String content, String example) {
        if (output.isEmpty()) {
            out.print(content);
            out.flush();
            return;
        }
        Path target = output.get();
        if (Files.isDirectory(target)) {
            throw new CommandFailure(target + " is a folder", "name the file to write, e.g. " + target.resolve(example));
        }
        try {
            OutputWriter.write(target, content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + target + ": " + IoProblems.describe(target, e),
                    "check that the folder is writable");
        }
        out.println(PrintableText.line("wrote " + target));
        out.flush();
    }
}
