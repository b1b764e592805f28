package org.argmap.report;

import java.util.List;
import org.argmap.diagnostic.Diagnostic;

/**
 * What one run of {@code check} found, as every format reports it.
 *
 * @param maps         the map files checked, in the order they were checked, as named in locations
 * @param findings     every finding of every map, in the order they are to be reported
 * @param warningsFail whether warnings made some map fail, as strict checking asks; the tally
 *                     line says so
 */
public record CheckResults(List<String> maps, List<Diagnostic> findings, boolean warningsFail) {

    public CheckResults {
        maps = List.copyOf(maps);
        findings = List.copyOf(findings);
    }

    /** Results in which warnings do not fail. */
    public CheckResults(List<String> maps, List<Diagnostic> findings) {
        this(maps, findings, false);
    }
}
