package org.argmap.export;

import org.argmap.text.Characters;

/** Escaping for text from maps placed in HTML, as element content or as a quoted attribute value. */
final class Html {

    private Html() {
    }

    /**
     * {@code text} with every character that HTML gives a meaning written as a character
     * reference, so that it shows as written and never becomes markup ({@code <script>} shows
     * as the word, a quote cannot end an attribute). A bidi override, embedding or isolate is
     * shown as its escape (<code>&#92;u202e</code>), as in the diagram, so no text reads in another order
     * than it is stored. A character that neither HTML nor XML can carry (a control character other
     * than tab and line breaks, a lone surrogate, U+FFFE, U+FFFF, which YAML escapes can put into a
     * map) becomes U+FFFD, the replacement character, as it does in the diagram.
     */
    static String escape(String text) {
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
                default -> out.appendCodePoint(Characters.isXmlCharacter(codePoint) ? codePoint : 0xFFFD);
            }
        }
        return out.toString();
    }
}
