package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.fixtures.FuzzText;
import org.argmap.text.Characters;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Fuzzes the escaping of map text into the HTML page: any string, through {@link Html#escape}, put
 * both into an attribute value and into an element, must give well-formed XML (stricter than HTML,
 * and what the page's inline SVG is) that reads back as the original, apart from what XML itself
 * does to line breaks (a CR LF or lone CR is read as a line feed, and in an attribute every line
 * break or tab as a space), from bidi overrides, shown as their escapes, and from characters XML cannot carry, which read back as U+FFFD. {@link OutlinedText#unescape}, which reads Graphviz's SVG text back for
 * the PDF, must undo the escape exactly.
 *
 * <p>Seeds: {@code HtmlFuzzTestInputs/escape/}, the project's maps (their text is map text).
 */
class HtmlFuzzTest {

    @FuzzTest
    void escape(FuzzedDataProvider data) throws Exception {
        String text = FuzzText.consume(data);
        String escaped = Html.escape(text);

        Element element = parse("<p title=\"" + escaped + "\">" + escaped + "</p>");
        String shown = shown(Characters.showingBidiOverrides(text));
        String lines = shown.replace("\r\n", "\n").replace('\r', '\n');
        assertEquals(lines, element.getTextContent(), "element text reads back");
        assertEquals(lines.replace('\n', ' ').replace('\t', ' '), element.getAttribute("title"),
                "attribute value reads back");
        assertEquals(shown, OutlinedText.unescape(escaped), "unescape undoes the escape");
    }

    /** The text with each character XML cannot carry replaced by U+FFFD. */
    private static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().forEach(c -> shown.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000 ? c : 0xFFFD));
        return shown.toString();
    }

    private static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

    private static Element parse(String xml) throws Exception {
        try {
            return FACTORY.newDocumentBuilder().parse(new InputSource(new StringReader(xml))).getDocumentElement();
        } catch (org.xml.sax.SAXException e) {
            throw new AssertionError("not well-formed XML: " + xml, e);
        }
    }
}
