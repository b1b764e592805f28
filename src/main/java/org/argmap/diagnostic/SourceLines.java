package org.argmap.diagnostic;

import java.util.Arrays;
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
        return isBreak(c) ? 1 : 0;
    }

    /** Whether {@code codePoint} ends a line (a CR followed by LF ends it once, with the LF). */
    public static boolean isBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == 0x85 || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /**
     * Where each line of {@code text} starts, for {@link #line(String, int[], int)}: a reporter with
     * thousands of findings in one file finds each line at once instead of scanning from the top.
     */
    public static int[] starts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        int index = 0;
        while (index < text.length()) {
            int length = breakAt(text, index);
            if (length == 0) {
                index++;
                continue;
            }
            index += length;
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = index;
        }
        return Arrays.copyOf(starts, count);
    }

    /** Line {@code number} (1-based) of {@code text}, whose {@link #starts} are given, without its line break. */
    public static Optional<String> line(String text, int[] starts, int number) {
        if (number < 1 || number > starts.length) {
            return Optional.empty();
        }
        int start = starts[number - 1];
        if (number == starts.length) {
            return Optional.of(text.substring(start));
        }
        int end = starts[number];
        end -= end - start >= 2 && text.charAt(end - 2) == '\r' && text.charAt(end - 1) == '\n' ? 2 : 1;
        return Optional.of(text.substring(start, end));
    }
}
