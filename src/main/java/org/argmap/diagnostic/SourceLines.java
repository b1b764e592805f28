package org.argmap.diagnostic;

import java.util.Optional;

/**
 * Where lines break in a map's text, counted as the YAML reader counts them, so that a finding's
 * line number and the source line printed under it agree: LF, CR LF, a CR alone (old Mac files),
 * U+0085 NEXT LINE, U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR each end a line.
 */
public final class SourceLines {

    private SourceLines() {
    }

    /** The length of the line break starting at {@code index} (2 for CR LF), or 0 when none starts there. */
    public static int breakAt(String text, int index) {
        char c = text.charAt(index);
        if (c == '\r') {
            return index + 1 < text.length() && text.charAt(index + 1) == '\n' ? 2 : 1;
        }
        return c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029 ? 1 : 0;
    }

    /** Line {@code number} (1-based) of {@code text} without its line break; empty past the last line. */
    public static Optional<String> line(String text, int number) {
        int line = 1;
        int start = 0;
        int index = 0;
        while (index < text.length()) {
            int length = breakAt(text, index);
            if (length == 0) {
                index++;
                continue;
            }
            if (line == number) {
                return Optional.of(text.substring(start, index));
            }
            line++;
            index += length;
            start = index;
        }
        return line == number ? Optional.of(text.substring(start)) : Optional.empty();
    }
}
