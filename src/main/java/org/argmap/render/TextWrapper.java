package org.argmap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given number of columns, at spaces where possible. A word
 * longer than a line is cut into pieces; text without spaces (Chinese, Japanese) is cut the same
 * way. Columns count East Asian wide characters twice and combining marks not at all, so lines
 * of CJK text come out about as wide as lines of Latin text.
 */
final class TextWrapper {

    private final int width;

    /** @param width the most columns a line may take; at least 2, so a wide character fits */
    TextWrapper(int width) {
        if (width < 2) {
            throw new IllegalArgumentException("width must be at least 2: " + width);
        }
        this.width = width;
    }

    /**
     * The lines of {@code text}. Runs of white space and control characters become one space;
     * line breaks in the text are not kept. Blank text gives no lines.
     */
    List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineColumns = 0;
        for (String word : normalizeSpace(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordColumns = columns(word);
            int needed = lineColumns == 0 ? wordColumns : lineColumns + 1 + wordColumns;
            if (needed <= width) {
                if (lineColumns > 0) {
                    line.append(' ');
                    lineColumns++;
                }
                line.append(word);
                lineColumns += wordColumns;
                continue;
            }
            if (lineColumns > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineColumns = 0;
            }
            if (wordColumns <= width) {
                line.append(word);
                lineColumns = wordColumns;
                continue;
            }
            for (String piece : cut(word)) {
                if (lineColumns > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                line.append(piece);
                lineColumns = columns(piece);
            }
        }
        if (lineColumns > 0) {
            lines.add(line.toString());
        }
        return List.copyOf(lines);
    }

    /**
     * Cuts a word into pieces that each fit a line, never inside a surrogate pair. A piece ends
     * after a hyphen or slash when one lies in its second half, so compounds and URLs break
     * where a reader expects.
     */
    private List<String> cut(String word) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int index = 0;
        while (index < word.length()) {
            int codePoint = word.codePointAt(index);
            if (piece.length() > 0 && columns(piece.toString()) + columns(codePoint) > width) {
                int breakAfter = lastBreakInSecondHalf(piece.toString());
                pieces.add(piece.substring(0, breakAfter));
                String carried = piece.substring(breakAfter);
                piece.setLength(0);
                piece.append(carried);
            }
            piece.appendCodePoint(codePoint);
            index += Character.charCount(codePoint);
        }
        if (piece.length() > 0) {
            pieces.add(piece.toString());
        }
        return pieces;
    }

    /** The index just after the last hyphen or slash past half the line, else the piece's length. */
    private int lastBreakInSecondHalf(String piece) {
        for (int i = piece.length() - 1; i > 0; i--) {
            char c = piece.charAt(i);
            if ((c == '-' || c == '/') && columns(piece.substring(0, i + 1)) * 2 >= width) {
                return i + 1;
            }
        }
        return piece.length();
    }

    static String normalizeSpace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        int index = 0;
        while (index < text.length()) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                    || Character.isISOControl(codePoint)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(codePoint);
        }
        return out.toString();
    }

    static int columns(String text) {
        return text.codePoints().map(TextWrapper::columns).sum();
    }

    static int columns(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.FORMAT) {
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
