package org.argmap.text;

/**
 * How many columns text takes in a terminal or a fixed-width layout: East Asian wide and
 * fullwidth characters (Chinese, Japanese, Korean, fullwidth forms, most emoji) take two, combining
 * marks and format characters none, every other character one. Counting code points instead puts a
 * caret under the wrong character of a line with CJK text before it, and makes a wrapped line of
 * CJK text twice as wide as one of Latin text.
 *
 * <p>The wide ranges are the common blocks of Unicode's East Asian Width property (UAX #11), not
 * every assignment: enough for maps written by hand, with no table to keep up to date.
 */
public final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns {@code text} takes. */
    public static int of(String text) {
        return text.codePoints().map(DisplayWidth::of).sum();
    }

    /** The longest start of {@code text} that takes at most {@code columns} columns, whole characters only. */
    public static String prefix(String text, int columns) {
        int used = 0;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            used += of(codePoint);
            if (used > columns) {
                break;
            }
            index += Character.charCount(codePoint);
        }
        return text.substring(0, index);
    }

    /** The columns one code point takes: 0, 1 or 2. */
    public static int of(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(codePoint) ? 2 : 1;
    }

    /** East Asian wide and fullwidth ranges (Unicode UAX #11), the common blocks only. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
