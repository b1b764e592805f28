package org.argmap.export;

import org.argmap.diagnostic.PrintableText;

/** Escaping for text from maps placed in HTML, as element content or as a quoted attribute value. */
final class Html {

    private Html() {
    }

    /**
     * {@code text} with every character that HTML gives a meaning written as a character
     * reference, so that it shows as written and never becomes markup ({@code <script>} shows
     * as the word, a quote cannot end an attribute). A bidi override, embedding or isolate is
     * shown as its escape (<code>&#92;u202e</code>), as in the diagram, so no text reads in another order
     * than it is stored.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text = PrintableText.showingBidiOverrides(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
