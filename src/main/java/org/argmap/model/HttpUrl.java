package org.argmap.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL from a map may become a link, in a diagram or an exported page. Graphviz
 * copies link targets into SVG verbatim and a browser follows whatever an HTML link names, so
 * anything but an absolute http or https URL with a host (for example {@code javascript:} or
 * {@code data:}) is refused.
 */
public final class HttpUrl {

    private HttpUrl() {
    }

    /** The URL in ASCII form when it is a well-formed http(s) URL with a host, else empty. */
    public static Optional<String> of(String candidate) {
        String trimmed = candidate.strip();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String scheme = uri.getScheme();
        if (scheme == null || uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.empty();
        }
        String lower = scheme.toLowerCase(Locale.ROOT);
        if (!lower.equals("http") && !lower.equals("https")) {
            return Optional.empty();
        }
        return Optional.of(uri.toASCIIString());
    }
}
