package org.argmap.export;

/** Escaping for text from maps placed in HTML, as element content or as a quoted attribute value. */
final class Html {

    private Html() {
    }

    /**
     * {@code text} with every character that HTML gives a meaning written as a character
     * reference, so that it shows as written and never becomes markup ({@code <script>} shows
     * as the word, a quote cannot end an attribute).
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
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
