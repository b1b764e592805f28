package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DotTextTest {

    @Test
    void htmlEscapesMarkupCharactersAndQuotes() {
        assertEquals("&lt;script&gt;a &amp; b &quot;c&quot; &#39;d&#39;&lt;/script&gt;",
                DotText.html("<script>a & b \"c\" 'd'</script>"));
    }

    @Test
    void htmlEscapesAnAmpersandThatAlreadyLooksLikeAnEntity() {
        assertEquals("&amp;amp; &amp;#60;", DotText.html("&amp; &#60;"));
    }

    @Test
    void htmlDoublesEveryBackslashSoGraphvizEscapesStayLiteral() {
        assertEquals("\\\\N \\\\G \\\\l \\\\n \\\\\\\\ \\\\", DotText.html("\\N \\G \\l \\n \\\\ \\"));
    }

    @Test
    void htmlReplacesControlCharactersWithSpaces() {
        assertEquals("a b c", DotText.html("a\u0000b\u001bc"));
    }

    /**
     * Found by fuzzing (DotTextFuzzTest): YAML escapes such as {@code "\uFFFF"} or {@code "\uD800"}
     * put characters into a map's text that XML cannot carry, and Graphviz refused the label
     * ("Error: in label of node"), so a map that checks clean could not be drawn.
     */
    @Test
    void everyEscapeShowsCharactersXmlCannotCarryAsReplacementCharacters() {
        String text = "a\uFFFFb\uFFFEc\uD800d\uDC00e";
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe", DotText.html(text));
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe", DotText.plain(text));
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe", DotText.tooltip(text));
    }

    @Test
    void bidiOverridesEmbeddingsAndIsolatesAreDrawnAsTheirEscapesEverywhere() {
        String spoof = "\u202eevil \u2067x\u2069 \u202ay\u202c";
        assertEquals("\\\\u202eevil \\\\u2067x\\\\u2069 \\\\u202ay\\\\u202c", DotText.html(spoof));
        assertEquals("\\\\u202eevil \\\\u2067x\\\\u2069 \\\\u202ay\\\\u202c", DotText.plain(spoof));
        assertEquals("\\\\\\\\u202eevil", DotText.tooltip("\u202eevil"));
    }

    @Test
    void arabicAndHebrewTextAndTheBidiMarksAreDrawnAsTheyAre() {
        String text = "\u0627\u0644\u062b\u0642\u0629 \u05d0\u05de\u05d5\u05e0\u05d4\u200f (1)";
        assertEquals(text, DotText.html(text));
    }

    @Test
    void htmlKeepsNonLatinTextAsCharacters() {
        assertEquals("Россия 中文 \uD83D\uDE00", DotText.html("Россия 中文 \uD83D\uDE00"));
    }

    @Test
    void plainDoublesBackslashesAndLeavesQuotingToGraphvizJava() {
        assertEquals("say \"\\\\N\"", DotText.plain("say \"\\N\""));
    }

    @Test
    void plainTurnsLineBreaksIntoSpaces() {
        assertEquals("one two", DotText.plain("one\r\ntwo"));
    }

    @Test
    void tooltipWritesEachBackslashFourTimesBecauseGraphvizUnescapesTooltipsTwice() {
        assertEquals("\\\\\\\\N \\\\\\\\n end\\\\\\\\", DotText.tooltip("\\N \\n end\\"));
    }

    @Test
    void tooltipEscapesAmpersandsSoCharacterReferencesInTheTextStayLiteral() {
        assertEquals("&amp;#10; &amp;amp; a &amp; b", DotText.tooltip("&#10; &amp; a & b"));
    }

    @Test
    void tooltipEscapesMarkupAndLeavesQuotesToGraphvizJava() {
        assertEquals("say \"no\" &lt;b&gt;", DotText.tooltip("say \"no\" <b>"));
    }

    @Test
    void tooltipTurnsLineBreaksAndControlCharactersIntoSpaces() {
        assertEquals("one two three", DotText.tooltip("one\r\ntwo\u0000three"));
    }
}
