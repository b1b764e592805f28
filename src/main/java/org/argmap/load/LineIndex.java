package org.argmap.load;

import java.util.ArrayList;
import java.util.List;
import org.argmap.diagnostic.SourceLines;
import org.argmap.model.Location;

/** Finds characters by 1-based line and column in a text, for positions the parser leaves vague. */
final class LineIndex {

    private final String text;
    private final List<Integer> starts = new ArrayList<>();
    /** Where each line's text ends, before its line break. */
    private final List<Integer> ends = new ArrayList<>();

    /** Lines break where the YAML reader breaks them ({@link SourceLines}), so line numbers agree. */
    LineIndex(String text) {
        this.text = text;
        starts.add(0);
        int i = 0;
        while (i < text.length()) {
            int lineBreak = SourceLines.breakAt(text, i);
            if (lineBreak == 0) {
                i++;
            } else {
                ends.add(i);
                i += lineBreak;
                starts.add(i);
            }
        }
        ends.add(text.length());
    }

    int lineCount() {
        return starts.size();
    }

    int lineLength(int line) {
        if (line < 1 || line > starts.size()) {
            return 0;
        }
        return ends.get(line - 1) - starts.get(line - 1);
    }

    /** The one-character span at an offset into the text. */
    Location at(String file, int offset) {
        int index = java.util.Collections.binarySearch(starts, offset);
        int line = index >= 0 ? index + 1 : -index - 1;
        int column = offset - starts.get(line - 1) + 1;
        return new Location(file, line, column, line, column + 1);
    }

    /** The character at a position, or NUL past the end of a line. */
    char charAt(int line, int column) {
        if (line < 1 || line > starts.size() || column < 1 || column > lineLength(line)) {
            return '\0';
        }
        return text.charAt(starts.get(line - 1) + column - 1);
    }

    /** The column just past the non-blank word at this position, then past following blanks. */
    int indexAfterWord(int line, int column) {
        int c = column;
        int length = lineLength(line);
        while (c <= length && !Character.isWhitespace(charAt(line, c))) {
            c++;
        }
        while (c <= length && Character.isWhitespace(charAt(line, c))) {
            c++;
        }
        return c;
    }

    /** A span over the non-blank word starting at this position. */
    Location word(String file, int line, int column) {
        int c = column;
        int length = lineLength(line);
        while (c <= length && !Character.isWhitespace(charAt(line, c))) {
            c++;
        }
        return new Location(file, line, column, line, Math.max(column + 1, c));
    }
}
