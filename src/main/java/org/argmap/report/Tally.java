package org.argmap.report;

import java.util.List;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;

/** How many findings there are of each severity. */
record Tally(long errors, long warnings, long infos) {

    static Tally of(List<Diagnostic> findings) {
        return new Tally(count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO));
    }

    private static long count(List<Diagnostic> findings, Severity severity) {
        return findings.stream().filter(d -> d.severity() == severity).count();
    }
}
