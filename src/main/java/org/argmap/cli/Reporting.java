package org.argmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.load.RuleConfig;
import org.argmap.report.TextReporter;

/** Prints the findings of checked maps and a one-line tally. */
final class Reporting {

    static final String STRICT_NOTE = " (strict: warnings fail)";

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
        boolean warningsFail = results.stream().anyMatch(r -> r.strict() && r.hasWarnings());
        out.println(TextReporter.summary(all, results.size()) + (warningsFail ? STRICT_NOTE : ""));
        out.flush();
    }

    /** The findings in settings files, formatted like a map's. */
    static String format(List<RuleConfig> configs) {
        Map<String, String> contents = new HashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        for (RuleConfig config : configs) {
            contents.put(config.file(), config.content());
            all.addAll(config.diagnostics());
        }
        return new TextReporter(contents).format(all);
    }
}
