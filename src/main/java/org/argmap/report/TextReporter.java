package org.argmap.report;

import java.util.List;
import java.util.Map;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.model.Location;

/**
 * Prints findings like a compiler: {@code file:line:col: severity[rule]: message}, then the source
 * line with a caret under the offending value and the hint beside the caret. The report ends with
 * a one-line tally ({@link #summary}).
 */
public final class TextReporter implements Reporter {

    /** Ends the tally when warnings made a map fail. */
    public static final String STRICT_NOTE = " (strict: warnings fail)";

    private static final int GUTTER = 5;
    private static final int MAX_SHOWN = 100;

    private final Map<String, String> contents;
    /** Line starts by file, made on first use. */
    private final Map<String, int[]> lineStarts = new java.util.HashMap<>();

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
        out.append(at.file()).append(':').append(at.line()).append(':').append(at.column()).append(": ")
                .append(d.severity().word()).append('[').append(d.rule()).append("]: ")
                .append(d.message()).append('\n');
        String line = sourceLine(at.file(), at.line());
        if (line == null) {
            d.hint().ifPresent(h -> out.append(" ".repeat(GUTTER + 1)).append("= hint: ").append(h).append('\n'));
            return out.toString();
        }
        int start = Math.min(at.column(), line.length() + 1);
        // a very long line (minified YAML, a flow list) is shown as a window around the column
        if (line.length() > MAX_SHOWN) {
            int from = Math.max(0, Math.min(start - 1 - MAX_SHOWN / 2, line.length() - MAX_SHOWN));
            String window = line.substring(from, from + MAX_SHOWN);
            line = (from > 0 ? "..." : "") + window + (from + MAX_SHOWN < line.length() ? "..." : "");
            start = start - from + (from > 0 ? 3 : 0);
        }
        out.append(String.format("%" + GUTTER + "d | ", at.line())).append(line).append('\n');
        int width = at.endLine() == at.line() ? at.endColumn() - at.column() : line.length() - at.column() + 1;
        width = Math.max(1, Math.min(width, line.length() - start + 1));
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < start - 1; i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        out.append(" ".repeat(GUTTER)).append(" | ").append(pad).append("^".repeat(width));
        d.hint().ifPresent(h -> out.append(' ').append(h));
        out.append('\n');
        return out.toString();
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

    private String sourceLine(String file, int lineNumber) {
        String text = contents.get(file);
        if (text == null || text.isEmpty()) {
            return null;
        }
        int[] starts = lineStarts.computeIfAbsent(file, name -> lineStarts(text));
        if (lineNumber < 1 || lineNumber > starts.length) {
            return null;
        }
        int start = starts[lineNumber - 1];
        int end = text.indexOf('\n', start);
        String s = end < 0 ? text.substring(start) : text.substring(start, end);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    /**
     * Where each line of {@code text} starts, found once per file: a map with thousands of
     * findings would otherwise be scanned from its top for each of them.
     */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }
}
