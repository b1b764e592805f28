package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attacks of a map in a pull request on the terminal and the CI log, run through the real
 * command line: control characters in ids, values and file names, a line break that would start
 * a GitHub Actions workflow command, a bidi override, and a file name that is a shell command.
 * The characters are written as Java escapes, so this file holds none of them raw.
 */
class TerminalSafetyTest {

    private static final String ESC = "\u001b";
    private static final String RLO = "\u202e";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static void assertNoRawEscape(CliRun run) {
        assertFalse(run.all().contains(ESC), () -> "a raw ESC reached the output:\n" + run.all().replace(ESC, "<ESC>"));
        assertTrue(run.all().contains("\\x1b"), run::all);
    }

    /** A map whose reference and file name each carry a terminal escape sequence. */
    private Path escapingMap() throws IOException {
        return write("x" + ESC + "]0;owned" + "\u0007.yaml", """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  reason:
                    text: R.
                    supports: "nope\\e]0;title\\a"
                """);
    }

    @Test
    void escInAnIdAValueAndAFileNameIsPrintedAsAnEscapeByCheck() throws IOException {
        Path withId = write("id.yaml", """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  "clear\\e[2J":
                    text: R.
                    supports: thesis
                """);
        CliRun run = CliRun.of("check", escapingMap().toString(), withId.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertNoRawEscape(run);
        assertTrue(run.out().contains("x\\x1b]0;owned\\x07.yaml:8:15: error[dangling-reference]: 'nope\\x1b]0;title\\x07'"),
                run::all);
        assertTrue(run.out().contains("id.yaml:6:3: error[schema]: id 'clear\\x1b[2J'"), run::all);
    }

    @Test
    void escInAnIdAValueAndAFileNameIsPrintedAsAnEscapeByRenderAndEvaluate() throws IOException {
        Path map = escapingMap();
        CliRun render = CliRun.of("render", "-f", "dot", "-o", dir.resolve("out").toString(), map.toString());
        assertNoRawEscape(render);
        assertTrue(render.out().contains("not drawn: " + dir.resolve("x\\x1b]0;owned\\x07.yaml")), render::all);
        CliRun evaluate = CliRun.of("evaluate", map.toString());
        assertNoRawEscape(evaluate);
        assertTrue(evaluate.err().contains("not evaluated: " + dir.resolve("x\\x1b]0;owned\\x07.yaml")), evaluate::all);
    }

    @Test
    void theEvaluationTableEscapesTheFileNameTitleAndTexts() throws IOException {
        Path map = write("y" + ESC + "[2J.yaml", """
                argmap: 1
                title: "Title\\e]0;owned\\a"
                statements:
                  thesis:
                    kind: thesis
                    text: "T\\e[31m."
                """);
        CliRun run = CliRun.of("evaluate", "--rule", "invisible-character=off", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertNoRawEscape(run);
        assertTrue(run.out().contains("Title\\x1b]0;owned\\x07"), run::all);
        assertTrue(run.out().contains("T\\x1b[31m."), run::all);
    }

    /** Values with line breaks that, printed raw, would start a workflow command in a GitHub Actions log. */
    private Path workflowCommandMap() throws IOException {
        return write("commands.yaml", """
                argmap: 1
                title: "Map\\n::error file=x::title"
                statements:
                  thesis:
                    kind: thesis
                    text: "T\\r::warning file=x::text"
                  reason:
                    text: "R\\u2028::notice::separator"
                    supports: thesis
                  other:
                    text: O.
                    supports: "nope\\n::warning file=x::owned"
                """);
    }

    private static void assertNoLineStartsAWorkflowCommand(String output) {
        for (String line : output.split("\n|\r|\u2028|\u2029|\u0085", -1)) {
            assertFalse(line.startsWith("::"), () -> "a line starts a workflow command: " + line + "\n" + output);
        }
    }

    @Test
    void aLineBreakInAValueCannotStartAWorkflowCommandInTextOutput() throws IOException {
        Path map = workflowCommandMap();
        CliRun check = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, check.status(), check::all);
        assertTrue(check.out().contains("'nope\\n::warning file=x::owned' is not a statement"), check::all);
        assertNoLineStartsAWorkflowCommand(check.all());
        CliRun render = CliRun.of("render", "-f", "dot", "-o", dir.resolve("out").toString(), map.toString());
        assertNoLineStartsAWorkflowCommand(render.all());
        Path fixed = write("fixed.yaml", Files.readString(map).replace("\"nope\\n::warning file=x::owned\"", "thesis"));
        CliRun evaluate = CliRun.of("evaluate", fixed.toString());
        assertEquals(ExitStatus.CLEAN, evaluate.status(), evaluate::all);
        assertTrue(evaluate.out().contains("Map ::error file=x::title"), evaluate::all);
        assertTrue(evaluate.out().contains("R\\u2028::notice::separator"), evaluate::all);
        assertNoLineStartsAWorkflowCommand(evaluate.all());
    }

    @Test
    void theGithubFormatEscapesTheLineBreakAsTheRunnerExpects() throws IOException {
        CliRun run = CliRun.of("check", "--format", "github", workflowCommandMap().toString());
        assertTrue(run.out().contains("'nope%0A::warning file=x::owned' is not a statement"), run::all);
        assertFalse(run.out().lines().anyMatch(line -> line.startsWith("::warning file=x")), run::all);
    }

    @Test
    void aBidiOverrideIsReportedWhereItIsAndDrawnVisibly() throws IOException {
        Path map = write("spoof.yaml", """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: Trust %slive
                """.formatted(RLO));
        CliRun check = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, check.status(), check::all);
        assertTrue(check.out().contains(map + ":5:17: info[invisible-character]: U+202E RIGHT-TO-LEFT OVERRIDE"), check::all);
        assertTrue(check.out().contains("    5 |     text: Trust \\u202elive\n      |                 ^^^^^^ "), check::all);
        assertFalse(check.all().contains(RLO), check::all);

        Path out = dir.resolve("out");
        CliRun render = CliRun.of("render", "-f", "dot", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, render.status(), render::all);
        String dot = Files.readString(out.resolve("spoof.dot"));
        assertFalse(dot.contains(RLO), dot);
        assertTrue(dot.contains("Trust \\\\u202elive"), dot);
    }

    @Test
    void aSuggestedCommandPassesTheFileNameThroughTheShellLiterally() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "no /bin/sh to paste the command into");
        for (String name : List.of("$(touch pwned);`touch pwned2`.yaml", "it's $HOME & \"more\".yaml")) {
            Path map = write(name, CheckCommandTest.VALID);
            Path out = dir.resolve("out dir");
            CliRun run = CliRun.of("render", "--check", "-o", out.toString(), map.toString());
            assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
            String prefix = "(run: argmap render -o ";
            String line = run.out().lines().filter(l -> l.startsWith("missing: ")).findFirst().orElseThrow();
            String arguments = line.substring(line.indexOf(prefix) + prefix.length(), line.length() - 1);
            // the words as the shell reads them, one per line, in the map's folder
            Process shell = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\n' " + arguments)
                    .directory(dir.toFile()).redirectErrorStream(true).start();
            String words = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(shell.waitFor(30, TimeUnit.SECONDS));
            assertEquals(out + "\n" + map + "\n", words, line);
            assertFalse(Files.exists(dir.resolve("pwned")) || Files.exists(dir.resolve("pwned2")), "the shell ran the name");
        }
    }

    @Test
    void picocliErrorsQuotingABadArgumentAreEscaped() {
        CliRun run = CliRun.of("render", "--scale", "2" + ESC + "[2J", dir.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertNoRawEscape(run);
        assertTrue(run.err().contains("'2\\x1b[2J'"), run::all);
    }

    @Test
    void aCommandFailureNamingAFileIsEscaped() {
        CliRun run = CliRun.of("check", dir.resolve("gone" + ESC + "]0;x.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertNoRawEscape(run);
        assertTrue(run.err().contains("gone\\x1b]0;x.yaml"), run::all);
    }

    @Test
    void fileNamesInTheSkipNoteAndTheQuotesLineArePrintedAsEscapes() throws IOException {
        write("ci" + ESC + "[2J.yml", "name: not a map\n");
        write("source" + ESC + "[2J.txt", "They will continue to fight separately.\n");
        write("quoted" + ESC + "]0;owned" + "\u0007.yaml", """
                argmap: 1
                source:
                  text: "source\\e[2J.txt"
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                    quote: They will continue to fight separately
                """);
        CliRun run = CliRun.of("check", dir.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains(ESC), () -> "a raw ESC reached the output:\n" + run.all().replace(ESC, "<ESC>"));
        assertTrue(run.err().contains("ci\\x1b[2J.yml"), run::all);
        assertTrue(run.out().contains("quoted\\x1b]0;owned\\x07.yaml checked against source\\x1b[2J.txt"), run::all);
    }
}
