package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.pipeline.DrawingStampTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramComparisonTest {

    private static final String DOT = "digraph { a }";
    private static final String MAP = "maps/m.yaml";

    /** A drawing by an engine whose Graphviz is 2.44.0, the version in the test SVG's comment. */
    private static String drawing(String engine, String dot) {
        return DrawingStamp.of(engine, Optional.of("2.44.0"), dot).applyTo(DrawingStampTest.GRAPHVIZ_SVG);
    }

    /** What the embedded engine draws now: Graphviz 16.1.0, in its stamp and its comment. */
    private static String drawingBy16(String dot) {
        return DrawingStamp.of("embedded", Optional.of("16.1.0"), dot)
                .applyTo(DrawingStampTest.GRAPHVIZ_SVG.replace("version 2.44.0", "version 16.1.0"));
    }

    /** As an argmap from before the stamp named Graphviz wrote it, with viz.js 2's Graphviz 2.44.0. */
    private static String oldEmbeddedDrawing(String dot) {
        DrawingStamp stamp = DrawingStamp.of("embedded", Optional.empty(), dot);
        assertTrue(!stamp.comment().contains("graphviz="), stamp.comment());
        return stamp.applyTo(DrawingStampTest.GRAPHVIZ_SVG);
    }

    @Test
    void identicalDrawingIsCurrent() {
        String fresh = drawing("embedded", DOT);
        assertEquals(Optional.empty(), DiagramComparison.whyStale(fresh, fresh, MAP));
    }

    @Test
    void windowsLineEndsAloneDoNotMakeADiagramStale() {
        String fresh = drawing("embedded", DOT);
        assertEquals(Optional.empty(), DiagramComparison.whyStale(fresh.replace("\n", "\r\n"), fresh, MAP));
    }

    static Stream<Arguments> staleDiagrams() {
        String fresh = drawing("embedded", DOT);
        return Stream.of(
                arguments("no stamp", DrawingStampTest.GRAPHVIZ_SVG, List.of("no argmap stamp")),
                arguments("another engine", drawing("native", DOT), List.of("drawn by the native engine", "embedded")),
                arguments("another map", drawing("embedded", "digraph { b }"), List.of(MAP + " changed")),
                arguments("another Graphviz version", DrawingStamp.of("embedded", Optional.of("2.43.0"), DOT)
                                .applyTo(DrawingStampTest.GRAPHVIZ_SVG.replace("version 2.44.0", "version 2.43.0")),
                        List.of(MAP + " is unchanged", "drawn by embedded Graphviz 2.43.0",
                                "this argmap's embedded engine is Graphviz 2.44.0")),
                arguments("edited drawing", fresh.replace("<text>a</text>", "<text>A</text>"),
                        List.of(MAP + " is unchanged", "edited by hand")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staleDiagrams")
    void staleDiagramIsExplained(String name, String onDisk, List<String> words) {
        String reason = DiagramComparison.whyStale(onDisk, drawing("embedded", DOT), MAP).orElseThrow();
        for (String word : words) {
            assertTrue(reason.contains(word), "should mention '" + word + "': " + reason);
        }
        assertTrue(!reason.contains("\n"), "one line: " + reason);
    }

    @Test
    void diagramOfTheEmbeddedEngineBeforeGraphviz16SaysTheEngineChangedNotTheMap() {
        String reason = DiagramComparison.whyStale(oldEmbeddedDrawing(DOT), drawingBy16(DOT), MAP).orElseThrow();
        assertEquals("drawn by embedded Graphviz 2.44.0, and this argmap's embedded engine is Graphviz 16.1.0; "
                + MAP + " is unchanged", reason);
    }

    @Test
    void engineChangeIsNamedFirstWhenTheMapChangedToo() {
        String reason = DiagramComparison.whyStale(oldEmbeddedDrawing("digraph { b }"), drawingBy16(DOT), MAP).orElseThrow();
        assertEquals("drawn by embedded Graphviz 2.44.0, and this argmap's embedded engine is Graphviz 16.1.0; "
                + MAP + " changed since, too", reason);
    }

    @Test
    void nativeGraphvizUpgradedHereIsNamedAsSuch() {
        String before = DrawingStamp.of("native", Optional.of("2.42.2"), DOT).applyTo(DrawingStampTest.GRAPHVIZ_SVG);
        String now = DrawingStamp.of("native", Optional.of("2.43.0"), DOT).applyTo(DrawingStampTest.GRAPHVIZ_SVG);
        assertEquals("drawn by native Graphviz 2.42.2, and the native engine here is Graphviz 2.43.0; " + MAP + " is unchanged",
                DiagramComparison.whyStale(before, now, MAP).orElseThrow());
    }
}
