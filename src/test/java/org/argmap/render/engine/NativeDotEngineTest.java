package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Process handling is tested against small shell scripts standing in for {@code dot}; the tests at
 * the end run the real {@code dot} and are skipped where it is not installed.
 */
class NativeDotEngineTest {

    @TempDir
    Path temp;

    @BeforeEach
    void needsAPosixShell() {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs /bin/sh for stand-in dot scripts");
    }

    @Test
    void dotReceivesTheInputOnStdinAndItsStdoutIsTheResult() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("printf '%s|' \"$@\"; cat"))) {
            String dot = "digraph { a [label=\"Grüße\"] }\n".repeat(20_000);
            assertEquals("-Tsvg|" + dot, engine.renderSvg(dot));
        }
    }

    @Test
    void lotsOfStderrBeforeReadingStdinDoesNotDeadlock() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("head -c 300000 /dev/zero >&2; cat"))) {
            String dot = "x".repeat(300_000);
            assertEquals(dot, engine.draw(dot, Duration.ofSeconds(20)).svg());
        }
    }

    @Test
    void failureCarriesExitStatusAndStderr() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("cat >/dev/null; echo \"Error: <stdin>: syntax error in line 1 near '}'\" >&2; exit 1"))) {
            RenderException e = assertThrows(RenderException.class, () -> engine.renderSvg("digraph { a -> }"));
            assertTrue(e.getMessage().contains("exit status 1"), e.getMessage());
            assertTrue(e.getMessage().contains("syntax error in line 1 near '}'"), e.getMessage());
        }
    }

    @Test
    void dotThatStopsReadingEarlyStillReportsItsError() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("echo 'Error: gave up' >&2; exit 2"))) {
            RenderException e = assertThrows(RenderException.class, () -> engine.renderSvg("x".repeat(1_000_000)));
            assertTrue(e.getMessage().contains("gave up"), e.getMessage());
        }
    }

    @Test
    void emptyOutputIsAFailure() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("cat >/dev/null; echo 'Warning: nothing to do' >&2"))) {
            RenderException e = assertThrows(RenderException.class, () -> engine.renderSvg("digraph {}"));
            assertTrue(e.getMessage().contains("no SVG"), e.getMessage());
            assertTrue(e.getMessage().contains("nothing to do"), e.getMessage());
        }
    }

    @Test
    void stderrOfADotThatSucceedsBecomesTheWarningsEachOnce() throws IOException {
        String warn = "echo 'Warning: no value for width of non-ASCII character 226' >&2; ";
        try (NativeDotEngine engine = new NativeDotEngine(script("cat >/dev/null; " + warn + warn
                + "echo 'Orthogonal edges do not currently handle edge labels' >&2; printf '<svg/>'"))) {
            Drawing drawing = engine.draw("digraph {}", Duration.ofSeconds(20));
            assertEquals("<svg/>", drawing.svg());
            assertEquals(List.of("no value for width of non-ASCII character 226",
                    "Orthogonal edges do not currently handle edge labels"), drawing.warnings());
            assertEquals("<svg/>", engine.renderSvg("digraph {}"), "renderSvg gives the SVG alone");
        }
    }

    @Test
    void dotIsKilledAtTheTimeLimitAndTheExceptionSaysSo() throws IOException {
        Path started = temp.resolve("started");
        try (NativeDotEngine engine = new NativeDotEngine(script("echo $$ > " + started + "; exec sleep 30"))) {
            long start = System.nanoTime();
            TimeLimitException e = assertThrows(TimeLimitException.class, () -> engine.draw("digraph {}", Duration.ofMillis(300)));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "should not wait for dot");
            assertEquals(Duration.ofMillis(300), e.limit());
            assertTrue(e.getMessage().contains("did not finish within 0.3 s and was stopped"), e.getMessage());
            long pid = Long.parseLong(Files.readString(started).strip());
            // killing is a signal: give a loaded machine some seconds to deliver it
            ProcessHandle.of(pid).ifPresent(dot -> dot.onExit().completeOnTimeout(dot, 10, TimeUnit.SECONDS).join());
            assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "dot was killed");
        }
    }

    @Test
    void aZeroLimitIsNoLimit() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("cat >/dev/null; sleep 0.2; printf '<svg/>'"))) {
            assertEquals("<svg/>", engine.draw("digraph {}", Duration.ZERO).svg());
        }
    }

    @Test
    void programThatCannotBeStartedMakesTheEngineUnavailable() {
        try (NativeDotEngine engine = new NativeDotEngine(temp.resolve("no-such-dot"))) {
            EngineUnavailableException e = assertThrows(EngineUnavailableException.class, () -> engine.renderSvg("digraph {}"));
            assertTrue(e.getMessage().contains("no-such-dot"), e.getMessage());
            assertTrue(e.getMessage().contains(EngineUnavailableException.INSTALL_HELP), e.getMessage());
        }
    }

    @Test
    void renderingAfterCloseIsAnError() throws IOException {
        NativeDotEngine engine = new NativeDotEngine(script("cat"));
        engine.close();
        assertThrows(IllegalStateException.class, () -> engine.renderSvg("digraph {}"));
    }

    @Test
    void nameAndDescriptionSayItIsNativeAndWhere() throws IOException {
        Path dot = script("cat");
        try (NativeDotEngine engine = new NativeDotEngine(dot)) {
            assertEquals("native", engine.name());
            assertTrue(engine.description().contains(dot.toString()), engine.description());
        }
    }

    @Test
    void graphvizVersionIsWhatDotDashCapitalVSaysAskedOnce() throws IOException {
        Path asked = temp.resolve("asked");
        String body = "echo V >> '" + asked + "'; [ \"$1\" = -V ] && echo 'dot - graphviz version 9.0.0 (20230911.1827)' >&2";
        try (NativeDotEngine engine = new NativeDotEngine(script(body))) {
            assertEquals(Optional.of("9.0.0"), engine.graphvizVersion());
            assertEquals(Optional.of("9.0.0"), engine.graphvizVersion());
        }
        assertEquals(1, Files.readAllLines(asked).size(), "dot -V runs once per engine");
    }

    @Test
    void dotThatDoesNotNameItsVersionHasNone() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("echo 'usage: dot [options]' >&2; exit 1"))) {
            assertEquals(Optional.empty(), engine.graphvizVersion());
        }
        try (NativeDotEngine engine = new NativeDotEngine(temp.resolve("no-such-dot"))) {
            assertEquals(Optional.empty(), engine.graphvizVersion());
        }
    }

    @Test
    void versionIsReadFromDotsOwnWords() {
        assertEquals(Optional.of("2.43.0"), NativeDotEngine.versionIn("dot - graphviz version 2.43.0 (0)\n"));
        assertEquals(Optional.of("14.0.2"), NativeDotEngine.versionIn("dot - graphviz version 14.0.2 (20251019.1705)"));
        assertEquals(Optional.empty(), NativeDotEngine.versionIn("dot: command not found"));
    }

    @Test
    void realDotDrawsClusterAndLabels() throws Exception {
        try (NativeDotEngine engine = new NativeDotEngine(realDot())) {
            Svg svg = Svg.parse(engine.renderSvg(Svg.CLUSTER_DOT));
            assertEquals("svg", svg.rootName());
            assertTrue(svg.texts().containsAll(Svg.CLUSTER_DOT_TEXTS), svg.texts().toString());
            assertTrue(svg.titles().contains("cluster_reasons"), svg.titles().toString());
        }
    }

    @Test
    void realDotGivesByteIdenticalOutputForRepeatedRenders() {
        try (NativeDotEngine engine = new NativeDotEngine(realDot())) {
            String first = engine.renderSvg(Svg.CLUSTER_DOT);
            assertEquals(first, engine.renderSvg(Svg.CLUSTER_DOT));
        }
    }

    @Test
    void realDotsVersionIsTheOneItsSvgNames() {
        try (NativeDotEngine engine = new NativeDotEngine(realDot())) {
            String svg = engine.renderSvg("digraph { a }");
            assertTrue(svg.contains("Generated by graphviz version " + engine.graphvizVersion().orElseThrow() + " "), svg);
        }
    }

    @Test
    void realDotSyntaxErrorIsReportedWithItsMessage() {
        try (NativeDotEngine engine = new NativeDotEngine(realDot())) {
            RenderException e = assertThrows(RenderException.class, () -> engine.renderSvg("digraph { a -> }"));
            assertTrue(e.getMessage().contains("syntax error"), e.getMessage());
        }
    }

    private static Path realDot() {
        Optional<Path> dot = ExecutableSearch.findOnPath("dot", Platform.current());
        assumeTrue(dot.isPresent(), "native Graphviz (dot) is not installed");
        return dot.get();
    }

    private Path script(String body) throws IOException {
        Path script = Files.createTempFile(temp, "dot", ".sh");
        Files.writeString(script, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
