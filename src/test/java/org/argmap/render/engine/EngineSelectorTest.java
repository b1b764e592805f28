package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EngineSelectorTest {

    private static final Path DOT = Path.of("/opt/graphviz/bin/dot");

    /** Records which engines the selector asked for, without starting anything. */
    private final List<String> started = new ArrayList<>();
    private final Engine embedded = new StubEngine("embedded");

    private EngineSelector selector(Optional<Path> dot) {
        return new EngineSelector(() -> dot,
                path -> {
                    started.add("native " + path);
                    return new StubEngine("native");
                },
                () -> {
                    started.add("embedded");
                    return embedded;
                });
    }

    @Test
    void autoPrefersNativeDotWhenOnPath() {
        Engine engine = selector(Optional.of(DOT)).select(EngineChoice.AUTO);
        assertEquals("native", engine.name());
        assertEquals(List.of("native " + DOT), started);
    }

    @Test
    void autoFallsBackToEmbeddedWithoutDot() {
        assertSame(embedded, selector(Optional.empty()).select(EngineChoice.AUTO));
        assertEquals(List.of("embedded"), started);
    }

    @Test
    void nativeWithoutDotFailsAndPointsToTheEmbeddedEngineAndToGraphviz() {
        EngineUnavailableException e = assertThrows(EngineUnavailableException.class,
                () -> selector(Optional.empty()).select(EngineChoice.NATIVE));
        assertTrue(e.getMessage().contains("--engine native"), e.getMessage());
        assertTrue(e.getMessage().contains("PATH"), e.getMessage());
        assertTrue(e.getMessage().contains("embedded engine, which needs nothing installed"), e.getMessage());
        assertInstallHelp(e);
        assertEquals(List.of(), started);
    }

    @Test
    void nativeUsesTheDotFound() {
        selector(Optional.of(DOT)).select(EngineChoice.NATIVE);
        assertEquals(List.of("native " + DOT), started);
    }

    @Test
    void embeddedIsChosenEvenWhenDotIsOnPath() {
        assertSame(embedded, selector(Optional.of(DOT)).select(EngineChoice.EMBEDDED));
        assertEquals(List.of("embedded"), started);
    }

    @Test
    void embeddedEngineThatCannotStartPassesItsReasonOn() {
        EngineUnavailableException reason = new EngineUnavailableException("not in this build");
        EngineSelector selector = new EngineSelector(Optional::empty, StubEngine::forPath, () -> {
            throw reason;
        });
        assertSame(reason, assertThrows(EngineUnavailableException.class, () -> selector.select(EngineChoice.AUTO)));
    }

    private static void assertInstallHelp(EngineUnavailableException e) {
        for (String line : List.of("sudo apt-get install graphviz", "sudo dnf install graphviz", "brew install graphviz",
                "choco install graphviz", "https://graphviz.org/download/")) {
            assertTrue(e.getMessage().contains(line), () -> "missing '" + line + "' in: " + e.getMessage());
        }
    }

    private record StubEngine(String name) implements Engine {

        static Engine forPath(Path dot) {
            return new StubEngine("native");
        }

        @Override
        public String description() {
            return "stub " + name;
        }

        @Override
        public Drawing draw(String dot, java.time.Duration limit) {
            throw new UnsupportedOperationException("stub");
        }

        @Override
        public Optional<String> graphvizVersion() {
            return Optional.empty();
        }

        @Override
        public void close() {
        }
    }
}
