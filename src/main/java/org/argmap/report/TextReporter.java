package org.argmap.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.PrintableText;
import org.argmap.diagnostic.SourceLines;
import org.argmap.model.Location;

/**
 * Prints findings like a compiler: {@code file:line:col: severity[rule]: message}, then the source
 * line with a caret under the offending value and the hint beside the caret. The report ends with
 * a one-line tally ({@link #summary}). File names, messages, hints and source lines are printed
 * through {@link PrintableText#line}, so no finding can write control characters to the terminal
 * or start a line of its own.
 */
public final class TextReporter implements Reporter {

    /** Ends the tally when warnings made a map fail. */
    public static final String STRICT_NOTE = " (strict: warnings fail)";

    private static final int GUTTER = 5;
    private static final int MAX_SHOWN = 100;

    private final Map<String, String> contents;

    /** @param contents each file's text by file name, for the source lines under findings */
    public TextReporter(Map<String, String> contents) {
        this.contents = Map.copyOf(contents);
    }

    /** Every finding, then the tally line. */
    @Override
    public String report(CheckResults results) {
        return format(results.findings()) + tally(results) + "\n";
    }

    /** The tally line of a run, with {@link #STRICT_NOTE} when warnings made a map fail. */
    public static String tally(CheckResults results) {
        return summary(results.findings(), results.maps().size()) + (results.warningsFail() ? STRICT_NOTE : "");
    }

    public String format(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic d : diagnostics) {
            out.append(format(d));
        }
        return out.toString();
    }

    public String format(Diagnostic d) {
        Location at = d.location();
        StringBuilder out = new StringBuilder();
        Optional<String> hint = d.hint().map(PrintableText::line);
        out.append(PrintableText.line(at.file())).append(':').append(at.line()).append(':').append(at.column())
                .append(": ").append(d.severity().word()).append('[').append(d.rule()).append("]: ")
                .append(PrintableText.line(d.message())).append('\n');
        Optional<String> line = Optional.ofNullable(contents.get(at.file())).flatMap(text -> SourceLines.line(text, at.line()));
        if (line.isEmpty()) {
            hint.ifPresent(h -> out.append(" ".repeat(GUTTER + 1)).append("= hint: ").append(h).append('\n'));
            return out.toString();
        }
        Snippet snippet = Snippet.of(line.get(), at);
        out.append(String.format("%" + GUTTER + "d | ", at.line())).append(snippet.line()).append('\n');
        out.append(" ".repeat(GUTTER)).append(" | ").append(" ".repeat(snippet.caretColumn()))
                .append("^".repeat(snippet.caretWidth()));
        hint.ifPresent(h -> out.append(' ').append(h));
        out.append('\n');
        return out.toString();
    }

    /**
     * A source line as printed under a finding, every character {@link PrintableText#line
     * escaped}, and where the caret goes: the offending span's printed column and width. Columns
     * count code points, as the YAML reader's do. A very long line (minified YAML, a flow list)
     * is shown as a window of {@value #MAX_SHOWN} code points around the column.
     */
    private record Snippet(String line, int caretColumn, int caretWidth) {

        static Snippet of(String source, Location at) {
            int[] codePoints = source.codePoints().toArray();
            int length = codePoints.length;
            int start = Math.min(at.column(), length + 1) - 1;
            int width = at.endLine() == at.line() ? at.endColumn() - at.column() : length - start;
            int end = start + Math.max(1, Math.min(width, length - start));
            int from = length > MAX_SHOWN ? Math.max(0, Math.min(start - MAX_SHOWN / 2, length - MAX_SHOWN)) : 0;
            int to = Math.min(length, from + MAX_SHOWN);
            StringBuilder line = new StringBuilder(from > 0 ? "..." : "");
            int caretColumn = -1;
            int caretEnd = -1;
            for (int i = from; i < to; i++) {
                if (i == start) {
                    caretColumn = line.length();
                }
                if (i == end) {
                    caretEnd = line.length();
                }
                String printed = PrintableText.printed(codePoints[i], i + 1 < length ? codePoints[i + 1] : -1);
                if (printed == null) {
                    line.appendCodePoint(codePoints[i]);
                } else {
                    line.append(printed);
                }
            }
            // printed width in code points: every escape is ASCII, every other character one
            int shown = line.codePointCount(0, line.length());
            caretColumn = caretColumn < 0 ? shown : line.codePointCount(0, caretColumn);
            caretEnd = caretEnd < 0 ? shown : line.codePointCount(0, caretEnd);
            line.append(to < length ? "..." : "");
            return new Snippet(line.toString(), caretColumn, Math.max(1, caretEnd - caretColumn));
        }
    }

    /** "2 errors, 1 warning" style tally; "no problems" when empty. */
    public static String summary(List<Diagnostic> diagnostics, int files) {
        Tally tally = Tally.of(diagnostics);
        long errors = tally.errors();
        long warnings = tally.warnings();
        long infos = tally.infos();
        String where = files == 1 ? "1 map" : files + " maps";
        if (errors + warnings + infos == 0) {
            return where + " checked: no problems";
        }
        StringBuilder s = new StringBuilder(where).append(" checked: ");
        s.append(plural(errors, "error")).append(", ").append(plural(warnings, "warning"));
        if (infos > 0) {
            s.append(", ").append(plural(infos, "note"));
        }
        return s.toString();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
