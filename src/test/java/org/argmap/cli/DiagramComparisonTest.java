package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiagramComparisonTest {

    private static final String DOT = "digraph { a }";
    private static final String MAP = "maps/m.yaml";

    private static String drawing(String engine, String dot) {
        return DiagramStamp.of(engine, dot).applyTo(DiagramStampTest.GRAPHVIZ_SVG);
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
                arguments("no stamp", DiagramStampTest.GRAPHVIZ_SVG, List.of("no argmap stamp")),
                arguments("another engine", drawing("native", DOT), List.of("drawn by the native engine", "embedded")),
                arguments("another map", drawing("embedded", "digraph { b }"), List.of(MAP + " changed")),
                arguments("another Graphviz version", fresh.replace("version 2.44.0", "version 2.43.0"),
                        List.of(MAP + " is unchanged", "Graphviz 2.43.0", "Graphviz 2.44.0")),
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
}
