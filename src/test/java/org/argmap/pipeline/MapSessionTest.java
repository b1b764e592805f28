package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.argmap.diagnostic.RuleIds;
import org.argmap.model.Deadline;
import org.argmap.render.View;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.StubEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm session as {@code watch} and the preview drive it: one engine for every update, each
 * update reading the map afresh, and a map that breaks keeping its last good drawing.
 */
class MapSessionTest {

    static final String MAP = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: They will keep fighting separately.
              distrust:
                text: Distrust runs too deep.
                supports: thesis
            """;

    @TempDir
    Path dir;

    private Path map;
    private final AtomicInteger enginesStarted = new AtomicInteger();
    private MapSession session;

    @BeforeEach
    void start() throws IOException {
        Files.createDirectory(dir.resolve(".git"));
        map = dir.resolve("m.yaml");
        Files.writeString(map, MAP);
        EngineSelector counting = new EngineSelector(Optional::empty, dot -> new StubEngine("native"), () -> {
            enginesStarted.incrementAndGet();
            return new StubEngine("embedded");
        });
        session = new MapSession(new MapChecker(CheckRequest.defaults()),
                new Drawings(counting, EngineChoice.AUTO, () -> Deadline.NONE, Duration.ZERO));
    }

    @AfterEach
    void stop() {
        session.close();
    }

    private MapSession.Update update() {
        return session.update(map, MapSession.Request.drawing(View.WHOLE, DiagramChoices.NONE));
    }

    @Test
    void eachUpdateReadsTheMapAgainAndDrawsWithTheSameEngine() throws IOException {
        MapSession.Update first = update();
        assertTrue(first.drawn(), () -> String.valueOf(first.failure()));
        assertTrue(first.fresh().orElseThrow().svg().orElseThrow().contains("Distrust runs too deep."));
        Files.writeString(map, MAP.replace("Distrust runs too deep.", "Distrust runs deeper still."));
        MapSession.Update second = update();
        assertTrue(second.fresh().orElseThrow().svg().orElseThrow().contains("Distrust runs deeper still."));
        assertEquals(second.generation(), second.lastGood().orElseThrow().generation());
        assertEquals(1, enginesStarted.get(), "one engine for the whole session");
    }

    @Test
    void aMapThatBreaksKeepsItsLastGoodDrawingAndSaysWhy() throws IOException {
        MapSession.Update good = update();
        Files.writeString(map, MAP.replace("supports: thesis", "supports: thesys"));
        MapSession.Update broken = update();
        assertFalse(broken.drawn());
        assertTrue(broken.checked().orElseThrow().diagnostics().stream()
                .anyMatch(d -> d.rule().equals(RuleIds.DANGLING_REFERENCE)), () -> broken.checked().toString());
        assertEquals(good.fresh(), broken.lastGood());

        Files.writeString(map, "argmap: 1\nstatements: [unclosed\n");
        MapSession.Update unloadable = update();
        assertTrue(unloadable.checked().orElseThrow().map().isEmpty());
        assertEquals(good.fresh(), unloadable.lastGood());

        Files.delete(map);
        MapSession.Update gone = update();
        assertTrue(gone.failure().orElseThrow().message().startsWith("cannot read " + map), gone::toString);
        assertEquals(good.fresh(), gone.lastGood());

        Files.writeString(map, MAP);
        assertTrue(update().drawn());
    }

    @Test
    void aMapOverTheSizeLimitIsRefusedAsCheckRefusesIt() throws IOException {
        assertTrue(update().drawn());
        Files.writeString(map, MAP + "# " + "x".repeat(5 * 1024 * 1024) + "\n");
        MapSession.Update tooLarge = update();
        assertFalse(tooLarge.drawn());
        assertTrue(tooLarge.checked().map(CheckedMap::hasErrors).orElse(tooLarge.failure().isPresent()), tooLarge::toString);
        assertTrue(tooLarge.lastGood().isPresent());
    }

    @Test
    void aViewNamingAnIdTheMapLacksIsAFailureNotACrash() {
        MapSession.Update update = session.update(map,
                MapSession.Request.drawing(new View.Focus("distrst", 1), DiagramChoices.NONE));
        MapSession.Failure failure = update.failure().orElseThrow();
        assertEquals(map + " has no statement or argument 'distrst'", failure.message());
        assertEquals(Optional.of("did you mean 'distrust'?"), failure.hint());
    }

    @Test
    void aForgottenMapStartsAfresh() {
        assertTrue(update().drawn());
        session.forget(map);
        assertTrue(session.lastGood(map).isEmpty());
    }
}
