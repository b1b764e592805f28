package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatikSvgTest {

    @Test
    void transparentStrokeBecomesNoneWhichSvgDefines() {
        String prepared = BatikSvg.withFontsAsNamed(ExportSamples.svg("a"));
        assertFalse(prepared.contains("transparent"), prepared);
        assertTrue(prepared.contains("fill=\"white\" stroke=\"none\""), prepared);
    }

    @Test
    void doctypeIsDroppedSoNoDtdIsFetched() {
        String prepared = BatikSvg.withFontsAsNamed(ExportSamples.svg("a"));
        assertFalse(prepared.contains("<!DOCTYPE"), prepared);
        assertFalse(prepared.contains("svg11.dtd"), prepared);
        assertTrue(prepared.contains("<svg width=\"300pt\""), prepared);
    }

    @Test
    void helveticaIsFollowedByTheFontsOfItsWidthsForAwt() {
        String prepared = BatikSvg.forAwtFonts(ExportSamples.svg("a"));
        assertTrue(prepared.contains("font-family=\"Helvetica,Arial,Liberation Sans,Nimbus Sans,Nimbus Sans L,sans-Serif\""),
                prepared);
    }

    @Test
    void otherFamiliesAreLeftAsNamed() {
        String svg = ExportSamples.svg("a").replace("Helvetica,sans-Serif", "Noto Sans CJK SC");
        assertTrue(BatikSvg.forAwtFonts(svg).contains("font-family=\"Noto Sans CJK SC\""));
    }

    @Test
    void linksGoAndTheirTextStays() {
        String svg = ExportSamples.svg("Source").replace("<text", "<g id=\"a_graph0_0\"><a xlink:href=\"https://example.org/\" xlink:title=\"Source\">\n<text")
                .replace("</text>", "</text>\n</a>\n</g>");
        String prepared = BatikSvg.withoutLinks(svg);
        assertFalse(prepared.contains("<a ") || prepared.contains("</a>") || prepared.contains("example.org"), prepared);
        assertTrue(prepared.contains(">Source</text>"), prepared);
    }
}
