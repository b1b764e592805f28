package org.argmap.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** A file argmap carries inside its jar, read whole; missing only when the jar is broken. */
final class ShippedResource {

    private ShippedResource() {
    }

    /**
     * @param resource the resource's absolute class-path name
     * @param what     what it is, for the message when it cannot be read ("the map schema")
     */
    static byte[] bytes(String resource, String what) {
        try (InputStream in = ShippedResource.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " " + resource + " is missing from the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + resource, e);
        }
    }
}
