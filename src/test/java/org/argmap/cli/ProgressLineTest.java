package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.argmap.render.engine.ExecutableSearch;
import org.argmap.render.engine.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/**
 * The progress line, on a fake terminal (a writer) with a clock the test moves: when it appears,
 * how it is rewritten and cleared, how often; and, in child processes, that it is on for a
 * terminal and off for a pipe.
 */
class ProgressLineTest {

    private final StringWriter terminal = new StringWriter();
    private long now;
    private final ProgressLine line = new ProgressLine(Optional.of(terminal), () -> now, 40);

    private void at(Duration time) {
        now = time.toNanos();
    }

    @Test
    void nothingShowsUntilTheWorkHasGoneOnForAWhile() {
        at(Duration.ofMillis(150));
        line.step("checking", 0, 3, Path.of("a.yaml"));
        assertEquals("", terminal.toString());
        at(Duration.ofMillis(200));
        line.step("checking", 1, 3, Path.of("b.yaml"));
        assertEquals("\rchecking 2/3 b.yaml", terminal.toString());
    }

    @Test
    void theLineIsRewrittenInPlaceAtMostTenTimesASecond() {
        at(Duration.ofSeconds(1));
        line.show("checking 1/400 maps/long-name.yaml");
        at(Duration.ofMillis(1050));
        line.show("checking 2/400 maps/b.yaml");            // too soon: dropped
        at(Duration.ofMillis(1100));
        line.show("checking 3/400 maps/c.yaml");             // shorter: blanks cover the rest
        assertEquals("\rchecking 1/400 maps/long-name.yaml"
                + "\rchecking 3/400 maps/c.yaml" + " ".repeat(8), terminal.toString());
    }

    @Test
    void clearingBlanksTheLineOnceAndLeavesTheCursorAtItsStart() {
        at(Duration.ofSeconds(1));
        line.show("drawing 1/2 a.yaml");
        line.clear();
        line.clear();
        assertEquals("\rdrawing 1/2 a.yaml\r" + " ".repeat(18) + "\r", terminal.toString());
    }

    @Test
    void whatTheCommandPrintsClearsTheLineFirstAndNeverSharesIt() {
        StringWriter screen = new StringWriter();
        PrintWriter shared = new PrintWriter(screen, true);
        ProgressLine onScreen = new ProgressLine(Optional.of(screen), () -> now, 80);
        PrintWriter out = onScreen.guard(shared);
        at(Duration.ofSeconds(1));
        onScreen.show("checking 1/2 a.yaml");
        out.println("a.yaml:1:1: error[schema]: x");
        assertEquals("\rchecking 1/2 a.yaml\r" + " ".repeat(19) + "\r" + "a.yaml:1:1: error[schema]: x"
                + System.lineSeparator(), screen.toString());
    }

    @Test
    void oneMapShowsNoCount() {
        at(Duration.ofSeconds(1));
        line.step("checking", 0, 1, Path.of("a.yaml"));
        assertEquals("", terminal.toString());
    }

    @Test
    void aLongLineIsCutShortOfTheTerminalsWidthAndControlCharactersAreEscaped() {
        at(Duration.ofSeconds(1));
        line.show("checking 1/2 maps/\u001b[31mred-and-a-very-long-name-indeed.yaml");
        assertEquals("\rchecking 1/2 maps/\\x1b[31mred-and-a-ver", terminal.toString());
        assertEquals(40 - 1 + 1, terminal.toString().length(), "39 columns and the carriage return");
    }

    @Test
    void offPrintsNothingAndLeavesTheWritersAsTheyAre() {
        PrintWriter out = new PrintWriter(new StringWriter());
        assertSame(out, ProgressLine.OFF.guard(out));
        ProgressLine.OFF.show("checking 1/2 a.yaml");
        ProgressLine.OFF.clear();
        assertFalse(ProgressLine.OFF.on());
    }

    @Test
    void shownOnlyOnAConsoleWhoseErrorStreamIsATerminalOutsideCiAndNotOnADumbTerminal() {
        Map<String, String> plain = Map.of("TERM", "xterm-256color");
        assertTrue(ProgressLine.wanted(plain, true, Optional.of(true)));
        assertTrue(ProgressLine.wanted(plain, true, Optional.empty()), "cannot tell about stderr: the console decides");
        assertTrue(ProgressLine.wanted(Map.of(), true, Optional.of(true)), "no TERM at all (Windows)");
        assertTrue(ProgressLine.wanted(Map.of("CI", ""), true, Optional.of(true)), "an empty CI is not set");
        assertFalse(ProgressLine.wanted(plain, false, Optional.of(true)), "output piped: no console");
        assertFalse(ProgressLine.wanted(plain, true, Optional.of(false)), "stderr redirected");
        assertFalse(ProgressLine.wanted(Map.of("TERM", "xterm", "CI", "true"), true, Optional.of(true)));
        assertFalse(ProgressLine.wanted(Map.of("TERM", "dumb"), true, Optional.of(true)));
    }

    /** In a child process whose output is piped, as the tests' and a CI job's is: off. */
    @Test
    void aPipedProcessShowsNoProgress() throws IOException, InterruptedException {
        assertEquals("off", probe(List.of()).orElseThrow());
    }

    /** In a child process on a terminal (util-linux's script runs it on a pseudo-terminal): on. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void aProcessOnATerminalShowsProgress() throws IOException, InterruptedException {
        assumeTrue(ExecutableSearch.findOnPath("script", Platform.current()).isPresent(), "util-linux script is installed");
        Optional<String> said = probe(List.of("script", "-qec"));
        assumeTrue(said.isPresent(), "script could not make a pseudo-terminal here");
        assertEquals("on", said.get());
    }

    /** What the probe says, run under {@code wrapper}; empty when it did not get to say anything. */
    private static Optional<String> probe(List<String> wrapper) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> probe = List.of(java, "-cp", System.getProperty("java.class.path"), Probe.class.getName());
        List<String> command = new ArrayList<>(wrapper);
        if (wrapper.isEmpty()) {
            command.addAll(probe);
        } else {
            command.add(String.join(" ", probe.stream().map(ShellWords::quote).toList()));
            command.add("/dev/null");
        }
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("CI");
        builder.environment().put("TERM", "xterm");
        Process child = builder.start();
        String out = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(60, TimeUnit.SECONDS), "the probe finished");
        String said = out.strip();
        return child.exitValue() == 0 && (said.equals("on") || said.equals("off")) ? Optional.of(said) : Optional.empty();
    }

    /** Says whether this process would show progress. */
    public static final class Probe {
        public static void main(String[] args) {
            System.out.println(ProgressLine.forThisProcess(new StringWriter()).on() ? "on" : "off");
        }
    }
}
