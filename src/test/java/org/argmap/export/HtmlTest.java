package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void escapeWritesMarkupCharactersAndQuotesAsReferences() {
        assertEquals("&lt;script&gt;a &amp; b &quot;c&quot; &#39;d&#39;&lt;/script&gt;",
                Html.escape("<script>a & b \"c\" 'd'</script>"));
    }

    /**
     * Found by fuzzing (HtmlFuzzTest): YAML escapes such as {@code "\x01"}, {@code "\uFFFF"} or
     * {@code "\uD800"} put characters into a map's text that XML cannot carry (and HTML reads as
     * parse errors), and they went into the page as they were.
     */
    @Test
    void escapeShowsCharactersXmlCannotCarryAsReplacementCharacters() {
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf", Html.escape("a\u0001b\u001bc\uFFFFd\uFFFEe\uD800f"));
    }

    @Test
    void escapeKeepsTabsLineBreaksAndCharactersBeyondTheBasicPlane() {
        assertEquals("a\tb\nc\r\nd \uD83D\uDE00 Россия", Html.escape("a\tb\nc\r\nd \uD83D\uDE00 Россия"));
    }
}
