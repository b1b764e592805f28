import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.cli.CommandLineFactory;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * Build step, run from source by the pom during process-classes with argmap's classes and picocli
 * on the class path: writes the shell completion scripts {@code argmap.bash} and {@code argmap.zsh}
 * into the given folder. Both are made by picocli from the command line itself, so the words they
 * offer after an option are that option's completion candidates (its {@code ChoiceConverter}) and
 * cannot drift from what the option accepts.
 *
 * <p>picocli writes one script for both shells: in zsh it loads zsh's emulation of bash
 * completion. Its own opening comment tells how to install picocli scripts in general; each file
 * gets instead a comment on how to use it, for its shell, and keeps only the list of references
 * the script's comments point to. Line ends are LF on every platform, as
 * both shells want.
 *
 * <p>Usage: {@code java -classpath CLASSPATH MakeCompletion.java OUTPUT_FOLDER}
 */
public final class MakeCompletion {

    /** Where picocli's script starts doing something: everything before it is its comment. */
    private static final String FIRST_STATEMENT = "if [ -n \"$BASH_VERSION\" ]; then";

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: java -classpath CLASSPATH MakeCompletion.java OUTPUT_FOLDER");
        }
        Path output = Path.of(args[0]);
        PrintWriter discard = new PrintWriter(new StringWriter());
        CommandLine argmap = CommandLineFactory.create(discard, discard);
        String script = AutoComplete.bash("argmap", argmap).replace("\r\n", "\n");
        int start = script.indexOf(FIRST_STATEMENT);
        if (start < 0) {
            throw new IllegalStateException("picocli's completion script no longer has '" + FIRST_STATEMENT
                    + "' after its opening comment; see how it starts now and update MakeCompletion");
        }
        // the references the script's comments point to ("see [3]") stay with it
        int references = script.indexOf("# References");
        String body = (references >= 0 && references < start ? script.substring(references, start) : "")
                + script.substring(start);
        Files.createDirectories(output);
        Files.writeString(output.resolve("argmap.bash"), """
                #!/usr/bin/env bash
                # Completion for argmap in bash: its subcommands, their options, and the words
                # an option takes (themes, formats, engines, rule levels, ...). Made by the build,
                # with picocli, from the command line itself; do not edit. To use it, in ~/.bashrc:
                #
                #   source /path/to/argmap/target/completion/argmap.bash
                #
                # or, with the bash-completion package, copy it to
                # ~/.local/share/bash-completion/completions/argmap

                """ + body, StandardCharsets.UTF_8);
        Files.writeString(output.resolve("argmap.zsh"), """
                # Completion for argmap in zsh: its subcommands, their options, and the words an
                # option takes (themes, formats, engines, rule levels, ...), through zsh's bash
                # completion emulation, which this script loads. Made by the build, with picocli,
                # from the command line itself; do not edit. To use it, in ~/.zshrc:
                #
                #   source /path/to/argmap/target/completion/argmap.zsh

                """ + body, StandardCharsets.UTF_8);
    }
}
