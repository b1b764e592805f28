package org.argmap.cli;

import java.io.PrintWriter;
import org.argmap.diagnostic.PrintableText;
import org.argmap.pipeline.PipelineException;
import org.argmap.render.engine.EngineSelector;
import picocli.CommandLine;

/**
 * Builds the {@code argmap} command line with the given writers, so tests and {@link Main} run the
 * same thing. Exceptions become exit codes here, in one place: nothing inside a command calls
 * {@code System.exit} or lets a stack trace reach the user. Every message printed here passes
 * through {@link PrintableText#line}: it may quote a file name or an argument as given.
 */
public final class CommandLineFactory {

    private CommandLineFactory() {
    }

    /** The command line of this process: its PATH, and the real Graphviz engines. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, EngineSelector.forThisProcess());
    }

    /**
     * The command line drawing with the engines {@code engines} gives, e.g. a test's engine that
     * needs no Graphviz.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, EngineSelector engines) {
        return create(out, err, engines, ProgressLine.OFF);
    }

    /**
     * The command line showing how far {@code check} and {@code render} have got on {@code progress}
     * ({@link Main}'s, on a terminal); {@code out} and {@code err} should be guarded by it
     * ({@link ProgressLine#guard}).
     */
    static CommandLine create(PrintWriter out, PrintWriter err, EngineSelector engines, ProgressLine progress) {
        CommandLine.IFactory standard = CommandLine.defaultFactory();
        CommandLine cmd = new CommandLine(new ArgmapCommand(), new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> type) throws Exception {
                if (type == RenderCommand.class) {
                    return (K) new RenderCommand(engines, progress);
                }
                if (type == PreviewCommand.class) {
                    return (K) new PreviewCommand(engines);
                }
                if (type == WatchCommand.class) {
                    return (K) new WatchCommand(engines);
                }
                return type == CheckCommand.class ? (K) new CheckCommand(progress) : standard.create(type);
            }
        });
        cmd.setOut(out);
        cmd.setErr(err);
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        cmd.setExecutionExceptionHandler((thrown, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            Exception ex = thrown instanceof PipelineException p ? CommandFailure.of(p) : thrown;
            if (ex instanceof CommandFailure failure) {
                print(e, failure);
            } else {
                e.println("argmap: internal error: " + PrintableText.line(String.valueOf(ex)));
                e.println("  this is a bug in argmap; set ARGMAP_DEBUG=1 to see where it happened");
                if (System.getenv("ARGMAP_DEBUG") != null) {
                    ex.printStackTrace(e);
                }
            }
            e.flush();
            return ExitStatus.CANNOT_RUN;
        });
        // picocli's own messages quote the bad argument as typed; printed as picocli's default
        // handler prints them (message, then suggestions or usage), but on one printable line
        cmd.setParameterExceptionHandler((ex, args) -> {
            CommandLine commandLine = ex.getCommandLine();
            PrintWriter e = commandLine.getErr();
            if (ex.getCause() instanceof CommandFailure refused) {
                // an option value that one of argmap's converters refused: said as any failure is
                print(e, refused);
            } else {
                e.println(PrintableText.line(ex.getMessage()));
                if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, e)) {
                    commandLine.usage(e);
                }
            }
            e.flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        });
        return cmd;
    }

    private static void print(PrintWriter e, CommandFailure failure) {
        failure.details().ifPresent(e::print);
        e.println("argmap: " + PrintableText.line(failure.getMessage()));
        failure.hint().ifPresent(h -> e.println("  hint: " + PrintableText.line(h)));
    }
}
