package org.argmap.cli;

import picocli.CommandLine.Command;

/** The root command; it only holds the subcommands. */
@Command(name = "argmap",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Check argument maps written in YAML, evaluate them and draw them as diagrams.",
        subcommands = {CheckCommand.class, EvaluateCommand.class, RenderCommand.class, QuestionsCommand.class,
                SchemaCommand.class, ExportCommand.class, ImportCommand.class, InitCommand.class, StatsCommand.class,
                WatchCommand.class, PreviewCommand.class},
        footerHeading = "%nExit status:%n",
        footer = {"  0  no errors (no warnings either, when strict)",
                "  1  the maps have errors (or warnings, when strict); for evaluate, also",
                "     strengths that do not converge",
                "  2  the command could not run (bad usage, a broken argmap.yaml, ...)"})
public final class ArgmapCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // the list comes from the registered subcommands, so it cannot fall behind them again
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "a subcommand is required: " + String.join(", ", spec.subcommands().keySet()));
    }
}
