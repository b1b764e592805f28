package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.model.Kind;
import org.junit.jupiter.api.Test;

class NodeStyleTest {

    @Test
    void everyStatementKindHasAStyleNamedAfterIt() {
        for (Kind kind : Kind.values()) {
            assertEquals(kind.word(), NodeStyle.of(kind).caption);
        }
    }

    @Test
    void noTwoKindsShareAnOutline() {
        Set<String> outlines = Arrays.stream(NodeStyle.values())
                .map(style -> style.shape + "/" + style.style + "/" + style.peripheries)
                .collect(Collectors.toSet());
        assertEquals(NodeStyle.values().length, outlines.size(), outlines.toString());
    }

    @Test
    void thesisIsBiggerAndHeavierThanEveryOtherKind() {
        for (NodeStyle style : NodeStyle.values()) {
            if (style != NodeStyle.THESIS) {
                assertTrue(NodeStyle.THESIS.fontSize > style.fontSize, style.name());
                assertTrue(NodeStyle.THESIS.penWidth > style.penWidth, style.name());
                assertNotEquals(NodeStyle.THESIS.peripheries, style.peripheries, style.name());
            }
        }
    }
}
