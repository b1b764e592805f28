package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class QuoteMatcherTest {

    static Stream<Arguments> matching() {
        return Stream.of(
                arguments("identical", "they will fight", "and they will fight on"),
                arguments("runs of spaces, tabs and line breaks", "they  will\n fight", "they will\tfight"),
                arguments("no-break space", "they will fight", "they\u00A0will fight"),
                arguments("white space at the ends of the quote", "  they will fight\n", "they will fight"),
                arguments("curly apostrophe for straight", "won't", "it won\u2019t"),
                arguments("straight apostrophe for curly", "won\u2019t", "it won't"),
                arguments("curly double quotes", "a \"shared threat\"", "a \u201Cshared threat\u201D"),
                arguments("low double quote", "\u201Eshared\u201D", "\"shared\""),
                arguments("em dash for en dash", "2004\u20132017", "2004\u20142017"),
                arguments("two hyphens for an em dash", "Moscow--despite", "Moscow\u2014despite"),
                arguments("spaces around a dash", "Moscow - despite", "Moscow\u2014despite"),
                arguments("minus sign for hyphen", "U.S.\u2212Russia", "U.S.-Russia"),
                arguments("zero-width space and soft hyphen are invisible", "separately", "sepa\u00ADrate\u200Bly"),
                arguments("quote ending in punctuation next to a word", "fight.", "fight.Then"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("matching")
    void quoteDifferingOnlyInIgnoredWaysIsFound(String name, String quote, String source) {
        assertEquals(true, new QuoteMatcher(source).contains(quote), () -> "normalised source: "
                + QuoteMatcher.normalise(source) + " / quote: " + QuoteMatcher.normalise(quote));
    }

    static Stream<Arguments> notMatching() {
        return Stream.of(
                arguments("case", "They will fight", "they will fight"),
                arguments("a different word", "they shall fight", "they will fight"),
                arguments("a missing word", "they fight", "they will fight"),
                arguments("missing space between words", "theywill fight", "they will fight"),
                arguments("cut word at the start", "hey will", "they will"),
                arguments("cut word at the end", "they wil", "they will"),
                arguments("ellipsis for omitted words", "they \u2026 fight", "they will fight"),
                arguments("apostrophe is not a dash", "won-t", "won't"),
                arguments("guillemets are not quote marks in this sense", "\u00ABshared\u00BB", "\"shared\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notMatching")
    void quoteDifferingInWordsOrCaseIsNotFound(String name, String quote, String source) {
        assertEquals(false, new QuoteMatcher(source).contains(quote));
    }

    @Test
    void passageIsGivenInOffsetsOfTheOriginalText() {
        String source = "Intro.  They  will\n fight \u2014 alone.";
        QuoteMatcher.Passage passage = new QuoteMatcher(source).find("they will fight - alone".replace("they", "They"))
                .orElseThrow();
        assertEquals("They  will\n fight \u2014 alone", source.substring(passage.start(), passage.end()));
    }

    @Test
    void laterOccurrenceIsFoundWhenTheFirstCutsAWord() {
        String source = "breakfast is fast";
        Optional<QuoteMatcher.Passage> passage = new QuoteMatcher(source).find("fast");
        assertEquals(Optional.of(new QuoteMatcher.Passage(13, 17)), passage);
    }

    @Test
    void normalisedTextFoldsWhiteSpaceQuotesAndDashes() {
        assertEquals("a 'b' \"c\"-d", QuoteMatcher.normalise("  a\n\t\u2018b\u2019 \u201Cc\u201D \u2013\u2014 d "));
    }
}
