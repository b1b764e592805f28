package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.render.engine.Drawing;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.EngineUnavailableException;
import org.junit.jupiter.api.Test;

class DrawingEnginesTest {

    private static final Optional<DrawingStamp> BY_NATIVE = Optional.of(DrawingStamp.of("native", Optional.of("2.43.0"), "digraph { a }"));
    private static final Optional<DrawingStamp> BY_EMBEDDED = Optional.of(DrawingStamp.of("embedded", Optional.of("16.1.0"), "digraph { a }"));

    /** Every engine the selector started, in order, and which were closed. */
    private final List<FakeEngine> started = new ArrayList<>();

    private final class FakeEngine implements Engine {
        private final String name;
        private int closed;

        FakeEngine(String name) {
            this.name = name;
            started.add(this);
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String description() {
            return name;
        }

        @Override
        public Drawing draw(String dot, Duration limit) {
            return new Drawing("<svg/>", List.of());
        }

        @Override
        public Optional<String> graphvizVersion() {
            return Optional.of("1.0");
        }

        @Override
        public void close() {
            closed++;
        }
    }

    private EngineSelector selector(boolean dotOnPath) {
        return selector(dotOnPath, true);
    }

    /** @param embeddedStarts false for an embedded engine that fails to start, as a broken build's would */
    private EngineSelector selector(boolean dotOnPath, boolean embeddedStarts) {
        return new EngineSelector(() -> dotOnPath ? Optional.of(Path.of("/usr/bin/dot")) : Optional.empty(),
                path -> new FakeEngine("native"), () -> {
                    if (!embeddedStarts) {
                        throw new EngineUnavailableException("the embedded engine could not start");
                    }
                    return new FakeEngine("embedded");
                });
    }

    @Test
    void autoRedrawsEachDiagramWithTheEngineThatDrewIt() {
        try (DrawingEngines engines = new DrawingEngines(selector(true), EngineChoice.AUTO)) {
            assertEquals("embedded", engines.forDiagram(BY_EMBEDDED).name());
            assertEquals("native", engines.forDiagram(BY_NATIVE).name());
            assertEquals(List.of("embedded", "native"), engines.used());
        }
    }

    @Test
    void autoFallsBackToWhatAutoPicksWhenTheStampedEngineIsNotHere() {
        try (DrawingEngines engines = new DrawingEngines(selector(false), EngineChoice.AUTO)) {
            assertEquals("embedded", engines.forDiagram(BY_NATIVE).name());
            assertEquals(List.of("native"), engines.unavailableStamped());
        }
        try (DrawingEngines engines = new DrawingEngines(selector(true, false), EngineChoice.AUTO)) {
            assertEquals("native", engines.forDiagram(BY_EMBEDDED).name());
            assertEquals(List.of("embedded"), engines.unavailableStamped());
        }
    }

    @Test
    void namedEngineIsUsedWhateverTheStampSays() {
        try (DrawingEngines engines = new DrawingEngines(selector(true), EngineChoice.EMBEDDED)) {
            assertEquals("embedded", engines.forDiagram(BY_NATIVE).name());
            assertEquals(List.of(), engines.unavailableStamped());
        }
    }

    @Test
    void namedEngineThatIsNotHereIsAnErrorNotAFallback() {
        try (DrawingEngines engines = new DrawingEngines(selector(false), EngineChoice.NATIVE)) {
            engines.prepare(BY_NATIVE);
            assertThrows(EngineUnavailableException.class, () -> engines.forDiagram(BY_EMBEDDED));
        }
    }

    @Test
    void eachEngineStartsOnceAndIsClosedOnce() {
        DrawingEngines engines = new DrawingEngines(selector(false), EngineChoice.AUTO);
        engines.prepare(BY_EMBEDDED);
        Engine first = engines.forDiagram(BY_EMBEDDED);
        // the native stamp falls back to 'auto', which is the embedded engine already running
        assertSame(first, engines.forDiagram(BY_NATIVE));
        engines.close();

        List<FakeEngine> kept = started.stream().filter(e -> e == first).toList();
        assertEquals(1, kept.size());
        assertEquals(1, kept.get(0).closed);
        started.forEach(e -> assertEquals(1, e.closed, "every started engine is closed once: " + e.name));
    }

    @Test
    void preparingForAnEngineThatIsNotHereDoesNotFail() {
        try (DrawingEngines engines = new DrawingEngines(selector(false, false), EngineChoice.AUTO)) {
            engines.prepare(BY_EMBEDDED);
            assertEquals(List.of(), engines.used());
            assertThrows(EngineUnavailableException.class, () -> engines.forDiagram(BY_EMBEDDED));
        }
    }

    @Test
    void autoDrawsANewDiagramWithWhatAutoPicks() {
        try (DrawingEngines engines = new DrawingEngines(selector(true), EngineChoice.AUTO)) {
            assertEquals("native", engines.forDiagram(Optional.empty()).name());
        }
        try (DrawingEngines engines = new DrawingEngines(selector(false), EngineChoice.AUTO)) {
            assertEquals("embedded", engines.forDiagram(Optional.empty()).name());
        }
    }
}
