package org.argmap.render;

import org.argmap.text.Characters;
import org.argmap.text.TextWrapper;

/**
 * Makes user text safe inside Graphviz labels. Graphviz expands backslash sequences such as
 * {@code \N} (node name), {@code \G} (graph name) and {@code \l} (line break) in labels, HTML-like
 * labels included, so every backslash is doubled to keep it literal. HTML-like labels are also
 * XML, so their text is escaped too; graphviz-java quotes plain attribute values itself. Graphviz
 * copies every kind of text into the SVG, so a character XML cannot carry (a lone surrogate,
 * U+FFFE, U+FFFF, which YAML escapes can put into a map) becomes U+FFFD, the replacement character;
 * left in, it made Graphviz refuse the label.
 *
 * <p>Bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are drawn as
 * their escapes (<code>&#92;u202e</code>), in labels and tooltips alike: with them a statement reading
 * "evil" would be drawn as "live", and a reviewer looking at the diagram would not know. The
 * {@code invisible-character} check reports them in the map; {@link Characters} names them for
 * every stage. Ordinary Arabic and Hebrew text needs none of them and is drawn
 * as it is, and so are the bidi marks (U+200E, U+200F, U+061C), which only place punctuation.
 */
final class DotText {

    private DotText() {
    }

    /** Text for inside an HTML-like label or an HTML attribute value. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text = Characters.showingBidiOverrides(text);
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            switch (codePoint) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(codePoint)) {
                        out.append(' ');
                    } else {
                        out.appendCodePoint(xmlCharacter(codePoint));
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * One line of a {@code tooltip} value, which Graphviz reads differently from a label: it
     * unescapes the value once ({@code \\} to {@code \}, {@code \n} to a line break) before it
     * expands {@code \N}, {@code \G} and the like, so a backslash meant literally is written four
     * times (measured with native dot 2.43 and the embedded engine alike). Graphviz reads
     * character references as the characters they name and escapes the SVG itself, so {@code &}
     * is written {@code &amp;} (which keeps a {@code &#10;} in a map's text literal), and
     * {@code <} and {@code >} as references, so no markup reaches the DOT. graphviz-java quotes
     * the value and escapes its quotes.
     */
    static String tooltip(String text) {
        return xmlCharacters(TextWrapper.normalizeSpace(Characters.showingBidiOverrides(text)))
                .replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\\", "\\\\\\\\");
    }

    /** Text for a plain (quoted, non-HTML) label; graphviz-java adds the quotes and escapes them. */
    static String plain(String text) {
        return xmlCharacters(TextWrapper.normalizeSpace(Characters.showingBidiOverrides(text))).replace("\\", "\\\\");
    }

    private static String xmlCharacters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> out.appendCodePoint(xmlCharacter(codePoint)));
        return out.toString();
    }

    /** The code point itself when XML 1.0 has it, else U+FFFD (control characters are gone by now). */
    private static int xmlCharacter(int codePoint) {
        return Characters.isXmlCharacter(codePoint) ? codePoint : '\uFFFD';
    }
}
