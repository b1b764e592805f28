package org.argmap.load.interchange;

import java.util.Objects;
import org.argmap.model.ArgumentMap;

/**
 * What an {@link Importer} made of a document: the map, and the report of what it dropped,
 * merged, chose or changed on the way.
 */
public record Imported(ArgumentMap map, ImportReport report) {

    public Imported {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(report, "report");
    }
}
