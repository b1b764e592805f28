package org.argmap.load;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.argmap.model.ArgumentMap;

/**
 * What {@link AifReader} made of an AIF file: the map, and everything a reader of the import must
 * know because the map does not show it.
 *
 * @param map        the imported map, with its thesis declared and every other kind inferred
 * @param thesis     the id of the statement chosen as the thesis
 * @param otherRoots the ids (in the AIF file) of the other statements that could have been the
 *                   thesis, whose arguments were left out; empty when the choice was the only one
 * @param report     one line per thing not carried over as it was: dropped nodes, merged
 *                   statements, broken cycles, renamed ids; in the order they were met
 * @param ids        each AIF node id that became a statement or argument, to the id it has in the map
 */
public record AifImport(ArgumentMap map, String thesis, List<String> otherRoots, List<String> report,
                        Map<String, String> ids) {

    public AifImport {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(thesis, "thesis");
        otherRoots = List.copyOf(otherRoots);
        report = List.copyOf(report);
        ids = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(ids));
    }
}
