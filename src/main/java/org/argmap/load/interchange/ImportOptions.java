package org.argmap.load.interchange;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@code argmap import} asks of every importer.
 *
 * @param thesis the id (as the imported map will name it) of the statement to make the thesis
 *               ({@code --thesis}); empty to let the importer choose by its documented policy
 */
public record ImportOptions(Optional<String> thesis) {

    public static final ImportOptions DEFAULTS = new ImportOptions(Optional.empty());

    public ImportOptions {
        Objects.requireNonNull(thesis, "thesis");
    }
}
