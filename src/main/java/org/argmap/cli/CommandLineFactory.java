package org.argmap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Builds the {@code argmap} command line with the given writers, so tests and {@link Main} run the
 * same thing. Exceptions become exit codes here, in one place: nothing inside a command calls
 * {@code System.exit} or lets a stack trace reach the user.
 */
public final class CommandLineFactory {

    private CommandLineFactory() {
    }

    public static CommandLine create(PrintWriter out, PrintWriter err) {
        CommandLine cmd = new CommandLine(new ArgmapCommand());
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof CommandFailure failure) {
                failure.details().ifPresent(e::print);
                e.println("argmap: " + failure.getMessage());
                failure.hint().ifPresent(h -> e.println("  hint: " + h));
            } else {
                e.println("argmap: internal error: " + ex);
                e.println("  this is a bug in argmap; set ARGMAP_DEBUG=1 to see where it happened");
                if (System.getenv("ARGMAP_DEBUG") != null) {
                    ex.printStackTrace(e);
                }
            }
            e.flush();
            return ExitStatus.CANNOT_RUN;
        });
        return cmd;
    }
}
