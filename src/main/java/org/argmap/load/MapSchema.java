package org.argmap.load;

import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft-07) of the map format, for editors: with it the YAML language server
 * completes field names and marks mistakes while a map is typed. It describes what
 * {@link MapLoader} reads, field by field; rules that need the whole map (references, the one
 * thesis, duplicate keys, anchors) are the loader's and the checker's alone. The schema is
 * ASCII text, so its characters and its UTF-8 bytes are the same thing.
 */
public final class MapSchema {

    /** Where the schema lies on the class path. */
    public static final String RESOURCE = "/org/argmap/schema/argmap-map.schema.json";

    /** The schema's {@code $id}: a name for it, never fetched. */
    public static final String ID = "https://argmap.dev/schema/map-1.json";

    /** The file name to give a copy of the schema. */
    public static final String FILE_NAME = "argmap-map.schema.json";

    private MapSchema() {
    }

    /** The schema exactly as shipped. */
    public static byte[] bytes() {
        return ShippedResource.bytes(RESOURCE, "the map schema");
    }

    /** The schema as text. */
    public static String text() {
        return new String(bytes(), StandardCharsets.UTF_8);
    }
}
