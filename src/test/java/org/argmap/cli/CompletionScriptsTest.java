package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.argmap.render.engine.ExecutableSearch;
import org.argmap.render.engine.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shell completion scripts the build writes (src/build/java/MakeCompletion.java, into
 * target/completion): they name every subcommand and offer, after each option that takes a word
 * from a known set, exactly the words its converter accepts. The bash script is run in bash, and
 * the zsh one in zsh where zsh is installed.
 */
class CompletionScriptsTest {

    private static final Path FOLDER = Path.of("target/completion");

    @TempDir
    Path home;

    private static String script(String name) throws IOException {
        Path file = FOLDER.resolve(name);
        assertTrue(Files.isRegularFile(file), file + " is made by the build (process-classes)");
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static CommandLine commandLine() {
        PrintWriter discard = new PrintWriter(new StringWriter());
        return CommandLineFactory.create(discard, discard);
    }

    @ParameterizedTest
    @ValueSource(strings = {"argmap.bash", "argmap.zsh"})
    void eachScriptNamesEverySubcommandAndEveryWordAnOptionTakes(String name) throws IOException {
        String script = script(name);
        CommandLine argmap = commandLine();
        assertTrue(script.contains("local commands=\"check evaluate render questions schema export import init stats watch preview\""), name);
        int offered = 0;
        for (CommandLine subcommand : argmap.getSubcommands().values()) {
            assertTrue(script.contains("function _picocli_argmap_" + subcommand.getCommandName() + "()"), name);
            for (OptionSpec option : subcommand.getCommandSpec().options()) {
                if (option.completionCandidates() != null) {
                    String words = StreamSupport.stream(option.completionCandidates().spliterator(), false)
                            .map(word -> "\"" + word + "\"").collect(Collectors.joining(" "));
                    assertTrue(script.contains("(" + words + ") # " + option.longestName() + " values"),
                            () -> name + " offers the words of " + subcommand.getCommandName() + " " + option.longestName());
                    offered++;
                }
            }
        }
        // check and evaluate: --format, --rule; render: --rule, --direction, --labels, --theme, --engine
        assertTrue(offered >= 9, "options with words to offer: " + offered);
        assertTrue(script.contains("(\"light\" \"dark\" \"print\") # --theme values"), name);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void bashCompletesSubcommandsAndTheWordsAfterAnOption() throws IOException, InterruptedException {
        assumeTrue(ExecutableSearch.findOnPath("bash", Platform.current()).isPresent(), "bash is installed");
        String out = run(List.of("bash", "--norc", "--noprofile", "-c", """
                source target/completion/argmap.bash
                complete_words() {
                  COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMPREPLY=()
                  _complete_argmap 2>/dev/null
                  echo "${COMPREPLY[*]}"
                }
                complete_words argmap ""
                complete_words argmap ren
                complete_words argmap render --theme ""
                complete_words argmap render --engine e
                complete_words argmap check --format s
                complete_words argmap evaluate --format ""
                complete_words argmap check --rule disc
                """));
        assertEquals("""
                check evaluate render questions schema export import init stats watch preview
                render
                light dark print
                embedded
                sarif
                text json
                disconnected=off disconnected=info disconnected=warning disconnected=error
                """, out);
    }

    /** zsh runs the same functions through its bash emulation, which filters by prefix itself. */
    @Test
    @DisabledOnOs(OS.WINDOWS)
    void zshRegistersTheCompletionAndOffersTheWordsAfterAnOption() throws IOException, InterruptedException {
        assumeTrue(ExecutableSearch.findOnPath("zsh", Platform.current()).isPresent(), "zsh is installed");
        String out = run(List.of("zsh", "-f", "-c", """
                source target/completion/argmap.zsh
                print -r -- "${_comps[argmap]}"
                emulate sh -c '
                  COMP_WORDS=(argmap render --theme ""); COMP_CWORD=3; COMP_LINE="argmap render --theme "
                  _complete_argmap 2>/dev/null
                  echo "${COMPREPLY[*]}"
                '
                """));
        assertEquals("_bash_complete -F _complete_argmap -o default\nlight dark print\n", out);
    }

    @Test
    void theReadmeSaysHowToSourceBothScripts() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (String name : List.of("argmap.bash", "argmap.zsh")) {
            assertTrue(readme.contains("source /path/to/argmap/" + FOLDER.resolve(name).toString().replace('\\', '/')),
                    name);
            script(name);
        }
    }

    /** Runs a shell in the project folder, with a home of its own (zsh's compinit writes a file there). */
    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("HOME", home.toString());
        builder.redirectError(home.resolve("stderr.txt").toFile());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the shell finished");
        assertEquals(0, process.exitValue(), () -> out + readQuietly(home.resolve("stderr.txt")));
        return out;
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
