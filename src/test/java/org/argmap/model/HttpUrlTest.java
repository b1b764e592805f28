package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "https://nationalinterest.org/feature/the-st-petersburg-bombing-20012",
        "http://example.org",
        "HTTPS://Example.org/a?b=1&c=2#part",
        "https://example.org:8443/path"
    })
    void httpAndHttpsUrlsWithAHostAreKept(String url) {
        assertEquals(Optional.of(url), HttpUrl.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "javascript://example.org/%0Aalert(1)",
        "data:text/html;base64,PHNjcmlwdD4=",
        "vbscript:msgbox(1)",
        "file:///etc/passwd",
        "ftp://example.org/file",
        "mailto:someone@example.org",
        "//example.org/no-scheme",
        "/relative/path",
        "https:///no-host",
        "https://exa mple.org/",
        "https://example.org/\"onmouseover=\"alert(1)",
        "https://example.org/<script>",
        "https://example.org/\\N",
        ""
    })
    void anythingElseIsRefused(String url) {
        assertEquals(Optional.empty(), HttpUrl.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"  https://example.org/a  ", "\thttps://example.org/a\n"})
    void surroundingWhiteSpaceIsDropped(String url) {
        assertEquals(Optional.of("https://example.org/a"), HttpUrl.of(url));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/Россия"})
    void nonAsciiCharactersArePercentEncoded(String url) {
        assertEquals(Optional.of("https://example.org/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F"), HttpUrl.of(url));
    }
}
