package org.argmap.export;

import java.util.List;
import java.util.Objects;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.model.ArgumentMap;

/**
 * What an exported page shows: a map, its diagram and what the check found in it.
 *
 * @param map         the map, without errors (a map with errors is not exported)
 * @param svg         the diagram as {@code render} writes it, stamp included
 * @param diagnostics the warnings and notes of the check run, in the order they were reported
 */
public record ExportedMap(ArgumentMap map, String svg, List<Diagnostic> diagnostics) {

    public ExportedMap {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(svg, "svg");
        diagnostics = List.copyOf(diagnostics);
    }
}
