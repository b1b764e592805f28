package org.argmap.model;

import java.util.Objects;

/**
 * Where something was written: a file and a 1-based span in it. {@code endLine}/{@code endColumn}
 * point just past the last character, so a one-character value at column 5 ends at column 6.
 */
public record Location(String file, int line, int column, int endLine, int endColumn) {

    public Location {
        Objects.requireNonNull(file, "file");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
        }
        if (endLine < line || (endLine == line && endColumn < column)) {
            endLine = line;
            endColumn = column;
        }
    }

    /** A point location, for when only the start is known. */
    public static Location at(String file, int line, int column) {
        return new Location(file, line, column, line, column);
    }

    /** A span that starts here and runs {@code length} characters along the same line. */
    public static Location span(String file, int line, int column, int length) {
        return new Location(file, line, column, line, column + Math.max(0, length));
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
