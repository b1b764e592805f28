package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;
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
        try (NativeDotEngine engine = new NativeDotEngine(script("head -c 300000 /dev/zero >&2; cat"), Duration.ofSeconds(20))) {
            String dot = "x".repeat(300_000);
            assertEquals(dot, engine.renderSvg(dot));
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
    void stderrWarningsAreDroppedWhenDotSucceeds() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("cat >/dev/null; echo 'Warning: font' >&2; printf '<svg/>'"))) {
            assertEquals("<svg/>", engine.renderSvg("digraph {}"));
        }
    }

    @Test
    void hangingDotIsStoppedAtTheTimeout() throws IOException {
        try (NativeDotEngine engine = new NativeDotEngine(script("exec sleep 30"), Duration.ofMillis(300))) {
            long start = System.nanoTime();
            RenderException e = assertThrows(RenderException.class, () -> engine.renderSvg("digraph {}"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 10, "should not wait for dot");
            assertTrue(e.getMessage().contains("did not finish"), e.getMessage());
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
