package org.argmap.report;

import java.util.List;
import org.argmap.diagnostic.Diagnostic;

/**
 * What one run of {@code check} found, as every format reports it.
 *
 * @param maps     the map files checked, in the order they were checked, as named in locations
 * @param findings every finding of every map, in the order they are to be reported
 */
public record CheckResults(List<String> maps, List<Diagnostic> findings) {

    public CheckResults {
        maps = List.copyOf(maps);
        findings = List.copyOf(findings);
    }
}
