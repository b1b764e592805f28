package org.argmap.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given number of columns, at spaces where possible. A word
 * longer than a line is cut into pieces; text without spaces (Chinese, Japanese) is cut the same
 * way. Columns are {@link DisplayWidth display columns}, so lines of CJK text come out about as
 * wide as lines of Latin text.
 */
public final class TextWrapper {

    private final int width;

    /** @param width the most columns a line may take; at least 2, so a wide character fits */
    public TextWrapper(int width) {
        if (width < 2) {
            throw new IllegalArgumentException("width must be at least 2: " + width);
        }
        this.width = width;
    }

    /**
     * The lines of {@code text}. Runs of white space and control characters become one space;
     * line breaks in the text are not kept. Blank text gives no lines.
     */
    public List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineColumns = 0;
        for (String word : normalizeSpace(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            int wordColumns = DisplayWidth.of(word);
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
                lineColumns = DisplayWidth.of(piece);
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
            if (piece.length() > 0 && DisplayWidth.of(piece.toString()) + DisplayWidth.of(codePoint) > width) {
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
            if ((c == '-' || c == '/') && DisplayWidth.of(piece.substring(0, i + 1)) * 2 >= width) {
                return i + 1;
            }
        }
        return piece.length();
    }

    /**
     * {@code text} on one line: every run of white space and control characters (line breaks
     * included) becomes one space, and none is left at either end.
     */
    public static String normalizeSpace(String text) {
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
}
