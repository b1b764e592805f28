package org.argmap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.pipeline.CheckedMap;
import org.argmap.report.CheckResults;
import org.argmap.report.TextReporter;

/**
 * Findings printed to standard error, for the commands whose standard output is their own
 * product ({@code evaluate}'s table or JSON, {@code questions}' worksheet): each map's findings as
 * {@code check} prints them, and the tally {@code check} ends with.
 */
final class StderrFindings {

    private StderrFindings() {
    }

    /** One map's findings, if it has any. */
    static void print(PrintWriter err, CheckedMap checked, List<Diagnostic> findings) {
        if (!findings.isEmpty()) {
            err.print(new TextReporter(Map.of(checked.load().file(), checked.load().content())).format(findings));
        }
    }

    /** The findings' tally over the maps; nothing when there were none. */
    static void tally(PrintWriter err, List<CheckedMap> maps, List<Diagnostic> all) {
        if (all.isEmpty()) {
            return;
        }
        boolean warningsFail = maps.stream().anyMatch(m -> m.strict() && m.hasWarnings());
        err.println(TextReporter.tally(new CheckResults(maps.stream().map(m -> m.load().file()).toList(), all,
                warningsFail)));
        err.flush();
    }
}
