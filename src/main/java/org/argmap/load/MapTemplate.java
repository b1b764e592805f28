package org.argmap.load;

import java.nio.charset.StandardCharsets;

/**
 * The map {@code argmap init} writes: a small complete example, commented section by section,
 * that passes {@code argmap check} as it is. Its first line names the schema file
 * ({@link MapSchema#FILE_NAME}) by a path relative to the map, for editors that check YAML as it
 * is typed; {@code init} writes that file beside the map.
 */
public final class MapTemplate {

    /** Where the template lies on the class path. */
    public static final String RESOURCE = "/org/argmap/init/new-map.yaml";

    /** The file {@code argmap init} writes when it is given none. */
    public static final String DEFAULT_FILE_NAME = "map.yaml";

    private MapTemplate() {
    }

    /** The template's text, UTF-8. */
    public static String text() {
        return new String(ShippedResource.bytes(RESOURCE, "the map template"), StandardCharsets.UTF_8);
    }
}
