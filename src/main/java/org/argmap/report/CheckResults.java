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
 * @param quotes       whether each map's quotes were checked, for the maps that have quotes
 */
public record CheckResults(List<String> maps, List<Diagnostic> findings, boolean warningsFail, List<QuoteCheck> quotes) {

    public CheckResults {
        maps = List.copyOf(maps);
        findings = List.copyOf(findings);
        quotes = quotes.stream().filter(q -> q.quotes() > 0).toList();
    }

    /** Results that say nothing about quotes. */
    public CheckResults(List<String> maps, List<Diagnostic> findings, boolean warningsFail) {
        this(maps, findings, warningsFail, List.of());
    }

    /** Results in which warnings do not fail. */
    public CheckResults(List<String> maps, List<Diagnostic> findings) {
        this(maps, findings, false);
    }
}
