package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.argmap.fixtures.FuzzText;
import org.argmap.text.Characters;
import org.argmap.text.TextWrapper;

/**
 * Fuzzes the escaping of map text into DOT, which Graphviz copies into the SVG: any string, through
 * each of {@link DotText}'s functions, must stay text. An HTML-like label must be well-formed XML
 * and read back, once Graphviz has undone its backslash escape, as the original with control
 * characters shown as spaces; a tooltip (no markup) and a plain label must hold only characters XML
 * can carry and read back as the original with white space runs made one space. (Graphviz escapes
 * a plain label's markup itself when it writes the SVG; it cannot mend a character XML lacks.) In
 * all three a character XML cannot carry reads back as U+FFFD.
 *
 * <p>Seeds: {@code DotTextFuzzTestInputs/escape/}, the project's maps (their text is map text).
 */
class DotTextFuzzTest {

    @FuzzTest
    void escape(FuzzedDataProvider data) {
        String written = FuzzText.consume(data);
        // bidi overrides are drawn as their escapes: the labels read back as the text showing them
        String text = Characters.showingBidiOverrides(written);

        String html = DotText.html(written);
        String htmlRead = HtmlLabel.parse(html).getTextContent().replace("\\\\", "\\");
        assertEquals(expectedHtml(text), htmlRead, "an HTML-like label reads back as its text");

        String tooltip = DotText.tooltip(written);
        assertFalse(tooltip.contains("<") || tooltip.contains(">"), () -> "markup in a tooltip: " + tooltip);
        assertXmlCharacters(tooltip);
        String tooltipRead = tooltip.replace("\\\\", "\\").replace("\\\\", "\\")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
        String spaced = shown(TextWrapper.normalizeSpace(text));
        assertEquals(spaced, tooltipRead, "a tooltip reads back as its text");

        String plain = DotText.plain(written);
        assertXmlCharacters(plain);
        assertEquals(spaced, plain.replace("\\\\", "\\"), "a plain label reads back as its text");
    }

    /** What a label shows: the text with each control character a space. */
    private static String expectedHtml(String text) {
        StringBuilder spaced = new StringBuilder();
        text.codePoints().forEach(c -> spaced.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return shown(spaced.toString());
    }

    /** The text with each character XML cannot carry replaced by U+FFFD. */
    private static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.appendCodePoint(isXmlCharacter(c) ? c : 0xFFFD));
        return shown.toString();
    }

    /** Text Graphviz can copy into an SVG attribute or text element: only characters XML has. */
    private static void assertXmlCharacters(String value) {
        value.codePoints().forEach(c -> assertTrue(isXmlCharacter(c),
                () -> String.format("U+%04X cannot be written in XML", c)));
    }

    private static boolean isXmlCharacter(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
