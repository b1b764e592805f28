package org.argmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.report.TextReporter;

/** Prints the findings of checked maps and a one-line tally. */
final class Reporting {

    private Reporting() {
    }

    static void print(PrintWriter out, List<MapChecker.CheckedMap> results) {
        Map<String, String> contents = new HashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        for (MapChecker.CheckedMap result : results) {
            contents.put(result.load().file(), result.load().content());
            all.addAll(result.diagnostics());
        }
        out.print(new TextReporter(contents).format(all));
        out.println(TextReporter.summary(all, results.size()));
        out.flush();
    }
}
