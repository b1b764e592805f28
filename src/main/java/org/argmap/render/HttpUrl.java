package org.argmap.render;

import java.util.Optional;

/** The diagram's rule for links: {@link org.argmap.model.HttpUrl}, shared with the exporters. */
final class HttpUrl {

    private HttpUrl() {
    }

    static Optional<String> of(String candidate) {
        return org.argmap.model.HttpUrl.of(candidate);
    }
}
