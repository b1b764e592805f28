package org.argmap.diagnostic;

import java.util.Locale;
import org.argmap.text.Characters;

/**
 * Makes text from a map, a file name or the command line safe to print as one line of a terminal
 * or a CI log. Everything argmap prints as text passes through {@link #line}: a map in a pull
 * request must not be able to move the cursor, set the terminal's title, clear the screen, start
 * a line of its own (a GitHub Actions log runs a line that starts with {@code ::warning} as a
 * command) or reorder what the reader sees.
 *
 * <p>These characters are shown as escapes, each visible and ASCII:
 * <ul>
 *   <li>line breaks and tab: {@code \n}, {@code \r}, {@code \t};</li>
 *   <li>the other C0 controls, DEL and the C1 controls (U+0085 NEXT LINE included): {@code \x1b};</li>
 *   <li>the line and paragraph separators U+2028 and U+2029, every bidi control (the marks U+200E,
 *       U+200F and U+061C, the embeddings and overrides U+202A to U+202E, the isolates U+2066 to
 *       U+2069) and the invisible characters of {@link Characters#isInvisible}: <code>&#92;u202e</code>;</li>
 *   <li>a code point above U+FFFF among them (the tag characters): {@code \U000e0041}; a lone
 *       surrogate, which no terminal can print: <code>&#92;ud800</code>.</li>
 * </ul>
 *
 * <p>A backslash stays a single backslash, so Windows paths and regular expressions read as
 * written, except where it would make the line ambiguous: a backslash followed by another
 * backslash, by {@code n}, {@code r}, {@code t}, {@code x}, {@code u} or {@code U}, or by a
 * character that is escaped, is doubled. Read back, {@code \\} is always one backslash, the
 * escapes above are always the character they name, and any other backslash is itself.
 *
 * <p>Letters of every script, emoji and the {@link Characters#isJoiner joiners} are printed as they are.
 */
public final class PrintableText {

    private static final String ESCAPE_LETTERS = "\\nrtxuU";

    private PrintableText() {
    }

    /** {@code text} with every character that could act on a terminal or hide from a reader escaped. */
    public static String line(String text) {
        StringBuilder out = null;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            int next = index + Character.charCount(codePoint);
            String printed = printed(codePoint, next < text.length() ? text.codePointAt(next) : -1);
            if (out == null && printed != null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, index);
            }
            if (out != null) {
                if (printed == null) {
                    out.appendCodePoint(codePoint);
                } else {
                    out.append(printed);
                }
            }
            index = next;
        }
        return out == null ? text : out.toString();
    }

    /**
     * How {@link #line} prints one code point followed by {@code following} (-1 at the end): its
     * escape, a doubled backslash, or null when it is printed as it is. For callers that need to
     * know where each character went, such as a caret under a source line.
     */
    public static String printed(int codePoint, int following) {
        String escape = escape(codePoint);
        if (escape == null && codePoint == '\\' && following >= 0
                && (ESCAPE_LETTERS.indexOf(following) >= 0 || escape(following) != null)) {
            return "\\\\";
        }
        return escape;
    }

    /** The escape {@link #line} prints for this code point, or null when it prints it as it is. */
    public static String escape(int codePoint) {
        return switch (codePoint) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> {
                if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f)) {
                    yield String.format(Locale.ROOT, "\\x%02x", codePoint);
                }
                if (Characters.isLineSeparator(codePoint) || Characters.isBidiControl(codePoint)
                        || Characters.isInvisible(codePoint)
                        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
                    yield codePoint > 0xffff
                            ? String.format(Locale.ROOT, "\\U%08x", codePoint)
                            : String.format(Locale.ROOT, "\\u%04x", codePoint);
                }
                yield null;
            }
        };
    }
}
