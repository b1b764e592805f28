package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.argmap.diagnostic.PrintableText;

/**
 * Standard output of a command that prints a report for each map it could make one for
 * ({@code evaluate}, {@code questions}): as text, each map's block as soon as the map is done (a
 * long run shows progress), a blank line between blocks; as JSON, after the last map, the object
 * of the one map when the command was given one map file, else one object keyed by file, so a
 * script reads the same shape whatever number of maps a folder holds.
 *
 * @param <T> what the report is made from, one per map reported on
 */
final class PerMapOutput<T> {

    private final PrintWriter out;
    private final EvaluationFormat format;
    private final boolean oneMapFile;
    private final List<T> reported = new ArrayList<>();

    PerMapOutput(PrintWriter out, EvaluationFormat format, List<Path> paths) {
        this.out = out;
        this.format = format;
        this.oneMapFile = paths.size() == 1 && Files.isRegularFile(paths.get(0));
    }

    /** Says on the error stream that a map with errors gets no report ({@code what}: "not evaluated"). */
    static void notReported(PrintWriter err, String what, Path map) {
        err.println(PrintableText.line(what + ": " + map + " has errors; fix the errors above first"));
    }

    /** One map's report: printed now as {@code text} makes it, when the output is text. */
    void add(T item, Function<T, String> text) {
        if (format == EvaluationFormat.TEXT) {
            out.print((reported.isEmpty() ? "" : "\n") + text.apply(item));
            out.flush();
        }
        reported.add(item);
    }

    /**
     * The JSON, when the output is JSON: {@code one} for each report when the command was given a
     * single map file (nothing when that map had errors: its findings say why), else
     * {@code byFile} of all of them.
     */
    void finish(Function<T, String> one, Function<List<T>, String> byFile) {
        if (format != EvaluationFormat.JSON) {
            return;
        }
        if (oneMapFile) {
            reported.forEach(item -> out.print(one.apply(item)));
        } else {
            out.print(byFile.apply(reported));
        }
        out.flush();
    }
}
