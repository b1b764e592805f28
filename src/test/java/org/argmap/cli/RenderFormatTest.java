package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RenderFormatTest {

    @Test
    void commaSeparatedAndRepeatedValuesGiveEachFormatOnceInTheOrderNamed() {
        assertEquals(List.of(RenderFormat.PNG, RenderFormat.SVG, RenderFormat.HTML),
                RenderFormat.parse(List.of("png,svg", "HTML", " png ")));
    }

    @Test
    void unknownFormatIsNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RenderFormat.parse(List.of("svg,jpeg")));
        assertEquals("unknown format 'jpeg'", e.getMessage());
    }

    @Test
    void emptyNameIsUnknown() {
        assertThrows(IllegalArgumentException.class, () -> RenderFormat.parse(List.of("svg,")));
    }

    @Test
    void onlyPngIsLeftOutOfTheCheckAndOnlyDotNeedsNoEngine() {
        for (RenderFormat format : RenderFormat.values()) {
            assertEquals(format != RenderFormat.PNG, format.checkable(), format.cliName());
            assertEquals(format != RenderFormat.DOT, format.needsDrawing(), format.cliName());
        }
        assertEquals(List.of("svg", "png", "pdf", "dot", "html"), RenderFormat.cliNames());
        assertFalse(RenderFormat.NOT_CHECKABLE.isBlank());
        assertTrue(RenderFormat.fromCliName("PDF") == RenderFormat.PDF);
    }
}
