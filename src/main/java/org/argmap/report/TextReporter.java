package org.argmap.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.PrintableText;
import org.argmap.diagnostic.SourceLines;
import org.argmap.model.Location;
import org.argmap.text.DisplayWidth;
import org.argmap.text.Plural;

/**
 * Prints findings like a compiler: {@code file:line:col: severity[rule]: message}, then the source
 * line with a caret under the offending value and the hint beside the caret, then each related
 * location: {@code --> file:line:col}, its source line, dashes under it and its label. The report ends with
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
    /** Line starts by file, made on first use. */
    private final Map<String, int[]> lineStarts = new HashMap<>();

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
        out.append(PrintableText.line(at.file())).append(':').append(at.line()).append(':').append(at.column())
                .append(": ").append(d.severity().word()).append('[').append(d.rule()).append("]: ")
                .append(PrintableText.line(d.message())).append('\n');
        snippet(out, at, '^', d.hint().map(PrintableText::line), "= hint: ");
        for (Diagnostic.Related related : d.related()) {
            Location place = related.location();
            out.append(" ".repeat(GUTTER - 3)).append("--> ").append(PrintableText.line(place.file())).append(':')
                    .append(place.line()).append(':').append(place.column()).append('\n');
            snippet(out, place, '-', Optional.of(PrintableText.line(related.label())), "= ");
        }
        return out.toString();
    }

    /**
     * The source line of {@code at} with {@code mark}s under its span and {@code note} beside them;
     * when the line cannot be shown, the note alone after {@code noteIntroduction}.
     */
    private void snippet(StringBuilder out, Location at, char mark, Optional<String> note, String noteIntroduction) {
        Optional<String> line = Optional.ofNullable(contents.get(at.file())).filter(text -> !text.isEmpty())
                .flatMap(text -> SourceLines.line(text, lineStarts.computeIfAbsent(at.file(), f -> SourceLines.starts(text)), at.line()));
        if (line.isEmpty()) {
            note.ifPresent(n -> out.append(" ".repeat(GUTTER + 1)).append(noteIntroduction).append(n).append('\n'));
            return;
        }
        Snippet snippet = Snippet.of(line.get(), at);
        out.append(String.format("%" + GUTTER + "d | ", at.line())).append(snippet.line()).append('\n');
        out.append(" ".repeat(GUTTER)).append(" | ").append(snippet.pad())
                .append(String.valueOf(mark).repeat(snippet.caretWidth()));
        note.ifPresent(n -> out.append(' ').append(n));
        out.append('\n');
    }

    /**
     * A source line as printed under a finding, every character but tab {@link PrintableText#line
     * escaped}, and what goes before the caret to put it under the offending span: a space for
     * each column a character takes on the terminal ({@link DisplayWidth}: two for a Chinese
     * character, none for a combining mark; an escape's own length), a tab for each tab, so the
     * caret lines up whatever width the terminal gives a tab. The caret is as wide as the span
     * looks. Columns in locations count code points, as the YAML reader's do. A very long line
     * (minified YAML, a flow list) is shown as a window of {@value #MAX_SHOWN} code points around
     * the column.
     */
    private record Snippet(String line, String pad, int caretWidth) {

        static Snippet of(String source, Location at) {
            int[] codePoints = source.codePoints().toArray();
            int length = codePoints.length;
            int start = Math.min(at.column(), length + 1) - 1;
            int width = at.endLine() == at.line() ? at.endColumn() - at.column() : length - start;
            int end = start + Math.max(1, Math.min(width, length - start));
            int from = length > MAX_SHOWN ? Math.max(0, Math.min(start - MAX_SHOWN / 2, length - MAX_SHOWN)) : 0;
            int to = Math.min(length, from + MAX_SHOWN);
            StringBuilder line = new StringBuilder(from > 0 ? "..." : "");
            StringBuilder pad = new StringBuilder(line.length() > 0 ? "   " : "");
            int caretWidth = 0;
            for (int i = from; i < to; i++) {
                int codePoint = codePoints[i];
                String printed = codePoint == '\t' ? "\t"
                        : PrintableText.printed(codePoint, i + 1 < length ? codePoints[i + 1] : -1);
                int printedWidth = printed == null ? DisplayWidth.of(codePoint) : printed.length();
                if (printed == null) {
                    line.appendCodePoint(codePoint);
                } else {
                    line.append(printed);
                }
                if (i < start) {
                    pad.append(codePoint == '\t' ? "\t" : " ".repeat(printedWidth));
                } else if (i < end) {
                    caretWidth += printedWidth;
                }
            }
            line.append(to < length ? "..." : "");
            return new Snippet(line.toString(), pad.toString(), Math.max(1, caretWidth));
        }
    }

    /** "2 errors, 1 warning" style tally; "no problems" when empty. */
    public static String summary(List<Diagnostic> diagnostics, int files) {
        Tally tally = Tally.of(diagnostics);
        long errors = tally.errors();
        long warnings = tally.warnings();
        long infos = tally.infos();
        String where = Plural.count(files, "map");
        if (errors + warnings + infos == 0) {
            return where + " checked: no problems";
        }
        StringBuilder s = new StringBuilder(where).append(" checked: ");
        s.append(Plural.count(errors, "error")).append(", ").append(Plural.count(warnings, "warning"));
        if (infos > 0) {
            s.append(", ").append(Plural.count(infos, "note"));
        }
        return s.toString();
    }
}
