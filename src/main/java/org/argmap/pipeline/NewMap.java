package org.argmap.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.argmap.load.MapSchema;
import org.argmap.load.MapTemplate;

/**
 * Writes a new map from {@link MapTemplate}, for {@code argmap init}, and the map schema beside it
 * unless a file of that name is there already: the template's first line names it, so that an
 * editor checks the map with no network and no copy of argmap's repository. Neither file is ever
 * written over ({@link OutputWriter#createNew}).
 */
public final class NewMap {

    /**
     * What was written.
     *
     * @param map           the new map
     * @param schema        the schema file the map's first line names
     * @param schemaWritten whether {@code schema} was written now; false when a file was there already
     *                      or it could not be written ({@code schemaProblem} says why)
     * @param schemaProblem why the schema could not be written, when it could not
     */
    public record Created(Path map, Path schema, boolean schemaWritten, Optional<String> schemaProblem) {
    }

    private NewMap() {
    }

    /**
     * Writes the map to {@code file}, then the schema beside it if none is there.
     *
     * @throws OutputException when something is at {@code file} already, its folder does not exist,
     *                         or it cannot be written; nothing is written then
     */
    public static Created create(Path file) {
        if (Files.isDirectory(file)) {
            throw new OutputException(file + " is a folder; argmap init writes a map file",
                    "name the file, e.g. argmap init " + file.resolve(MapTemplate.DEFAULT_FILE_NAME));
        }
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(folder)) {
            throw new OutputException("cannot write " + file + ": the folder " + folder + " does not exist",
                    "create the folder first, or name a file in an existing one");
        }
        try {
            OutputWriter.createNew(file, MapTemplate.text().getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            throw new OutputException(file + " already exists; argmap init never writes over a file",
                    "name a new file, e.g. argmap init " + file.resolveSibling("new-" + file.getFileName()));
        } catch (IOException e) {
            throw new OutputException("cannot write " + file + ": " + IoProblems.describe(file, e),
                    "check that the folder is writable");
        }
        Path schema = file.resolveSibling(MapSchema.FILE_NAME);
        try {
            OutputWriter.createNew(schema, MapSchema.bytes());
            return new Created(file, schema, true, Optional.empty());
        } catch (FileAlreadyExistsException e) {
            return new Created(file, schema, false, Optional.empty());
        } catch (IOException e) {
            return new Created(file, schema, false, Optional.of(IoProblems.describe(schema, e)));
        }
    }
}
