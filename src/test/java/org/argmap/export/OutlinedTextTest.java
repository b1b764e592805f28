package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutlinedTextTest {

    @Test
    void latin1TextIsLeftAlone() {
        String svg = ExportSamples.svg("Café &amp; crème — “quoted” · 2017&#45;04&#45;04");
        OutlinedText.Result result = OutlinedText.of(svg);
        assertEquals(svg, result.svg());
        assertEquals(0, result.outlinedLines());
    }

    @Test
    void lineWithOtherCharactersBecomesAPathInItsColour() {
        String svg = ExportSamples.svg("Mutual distrust").replace("</g>",
                "<text text-anchor=\"middle\" x=\"150\" y=\"-40\" font-family=\"Helvetica,sans-Serif\" font-weight=\"bold\""
                        + " font-size=\"12.00\" fill=\"#2e7d32\">Взаимное недоверие</text>\n</g>");
        OutlinedText.Result result = OutlinedText.of(svg);
        assertEquals(1, result.outlinedLines());
        assertFalse(result.svg().contains("Взаимное"), result.svg());
        assertTrue(result.svg().contains("Mutual distrust"), "the Latin line stays text");
        assertTrue(result.svg().matches("(?s).*<path fill=\"#2e7d32\" d=\"M[-0-9. LQCZM]+\"/>.*"), result.svg());
    }

    @Test
    void symbolsAloneAreNotCountedAsLinesOfWords() {
        OutlinedText.Result result = OutlinedText.of(ExportSamples.svg("▶"));
        assertEquals(0, result.outlinedLines());
        assertFalse(result.svg().contains("▶"));
    }

    @Test
    void referencesAreDecodedBeforeTheCharactersAreJudged() {
        assertEquals("a & b < c > d \" e ' f - g ▶", OutlinedText.unescape("a &amp; b &lt; c &gt; d &quot; e &apos; f &#45; g &#x25B6;"));
        assertEquals(1, OutlinedText.of(ExportSamples.svg("&#1054;&#1073;&#1097;&#1072;&#1103;")).outlinedLines());
    }
}
