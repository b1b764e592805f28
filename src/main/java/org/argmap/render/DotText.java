package org.argmap.render;

/**
 * Makes user text safe inside Graphviz labels. Graphviz expands backslash sequences such as
 * {@code \N} (node name), {@code \G} (graph name) and {@code \l} (line break) in labels, HTML-like
 * labels included, so every backslash is doubled to keep it literal. HTML-like labels are also
 * XML, so their text is escaped too; graphviz-java quotes plain attribute values itself.
 */
final class DotText {

    private DotText() {
    }

    /** Text for inside an HTML-like label or an HTML attribute value. */
    static String html(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
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
                        out.appendCodePoint(codePoint);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Text for a plain (quoted, non-HTML) label; graphviz-java adds the quotes and escapes them. */
    static String plain(String text) {
        return TextWrapper.normalizeSpace(text).replace("\\", "\\\\");
    }
}
