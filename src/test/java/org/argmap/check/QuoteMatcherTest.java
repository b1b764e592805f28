package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
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

    // The closest passage, for quotes that are not in the source.

    /** A small source, so that these tests run without the essay beside the project. */
    private static final String SMALL_SOURCE = """
            Washington and Moscow \u2014 despite the \u201Cshared threat\u201D \u2014 won\u2019t change course.
            There continues to be too much distrust between the political and security
            establishments of both countries. For now, they will continue to fight separately.
            """;

    private static final Path ESSAY = Path.of("../shared/sources/st-petersburg-bombing.txt");

    /** What a quote should give: found as it is, a closest passage (words the excerpt must contain), or nothing. */
    record Expect(boolean inSource, Optional<String> excerptContains, boolean sameWords) {
        static Expect foundAsIs() {
            return new Expect(true, Optional.empty(), false);
        }

        static Expect closest(String excerpt) {
            return new Expect(false, Optional.of(excerpt), false);
        }

        static Expect sameWordsAs(String excerpt) {
            return new Expect(false, Optional.of(excerpt), true);
        }

        static Expect nothingClose() {
            return new Expect(false, Optional.empty(), false);
        }
    }

    private static void assertQuote(String source, String quote, Expect expected) {
        QuoteMatcher matcher = new QuoteMatcher(source);
        assertEquals(expected.inSource(), matcher.contains(quote), "contains");
        if (expected.inSource()) {
            return;
        }
        Optional<QuoteMatcher.Closest> closest = matcher.closest(quote);
        assertEquals(expected.excerptContains().isPresent(), closest.isPresent(), () -> "closest: " + closest);
        closest.ifPresent(c -> {
            assertTrue(c.excerpt().contains(expected.excerptContains().orElseThrow()), c.excerpt());
            assertEquals(expected.sameWords(), c.sameWords(), "same words: " + c);
            assertFalse(c.excerpt().contains("\n"), "one line: " + c.excerpt());
            assertTrue(source.substring(c.passage().start(), c.passage().end()).length() > 0);
        });
    }

    static Stream<Arguments> smallSourceCases() {
        return Stream.of(
                arguments("one word changed", "too much mistrust between the political and security establishments",
                        Expect.closest("too much distrust between the political and security establishments")),
                arguments("a word dropped", "too much distrust between the political establishments",
                        Expect.closest("too much distrust between the political and security establishments")),
                arguments("a word added", "they will surely continue to fight separately",
                        Expect.closest("they will continue to fight separately.")),
                arguments("case changed is a miss, but the closest passage is the right one",
                        "Distrust between the political and security establishments",
                        Expect.sameWordsAs("much distrust between the political and security establishments")),
                arguments("wording changed in two places", "they will keep fighting separately",
                        Expect.closest("they will continue to fight separately.")),
                arguments("a cut word", "fight separate", Expect.closest("fight separately.")),
                arguments("a quote from elsewhere entirely", "the cat sat on the mat by the door", Expect.nothingClose()),
                arguments("only small words in common", "the talks between the two of them", Expect.nothingClose()),
                arguments("curly and straight quotes still match", "despite the \"shared threat\" - won't change course",
                        Expect.foundAsIs()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("smallSourceCases")
    void quoteNotInASmallSourceGetsItsClosestPassageWhenThereIsOne(String name, String quote, Expect expected) {
        assertQuote(SMALL_SOURCE, quote, expected);
    }

    static Stream<Arguments> essayCases() {
        return Stream.of(
                arguments("one word changed", "the United States will keep holding Russia \"accountable\"",
                        Expect.closest("\u2026 now\u201D and the United States will continue to hold Russia"
                                + " \u201Caccountable\u201D for its \u2026")),
                arguments("a word dropped", "too much distrust between the political establishments",
                        Expect.closest("too much distrust between the political and security establishments")),
                arguments("case changed", "Distrust between the political and security establishments",
                        Expect.sameWordsAs("too much distrust between the political and security establishments")),
                arguments("a quote from elsewhere entirely", "Putin and Trump will meet in Helsinki next summer",
                        Expect.nothingClose()),
                arguments("curly and straight quotes still match", "\"there's no love or anything going on with Russia right now\"",
                        Expect.foundAsIs()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("essayCases")
    void quoteNotInTheEssayGetsItsClosestPassageWhenThereIsOne(String name, String quote, Expect expected) throws IOException {
        assumeTrue(Files.exists(ESSAY), "the essay text is not beside the project");
        assertQuote(Files.readString(ESSAY, StandardCharsets.UTF_8), quote, expected);
    }

    @Test
    void excerptIsTheOriginalTextOnOneLineWithTwoWordsAroundAndEllipsesWhereCut() {
        String source = "One two three four five six\nseven \u201Ceight\u201D nine ten eleven twelve.";
        QuoteMatcher.Closest closest = new QuoteMatcher(source).closest("five six seven eigth").orElseThrow();
        assertEquals("\u2026 three four five six seven \u201Ceight\u201D nine ten \u2026", closest.excerpt());
        assertEquals("five six\nseven \u201Ceight", source.substring(closest.passage().start(), closest.passage().end()));
    }

    @Test
    void excerptAtTheEdgesOfTheSourceHasNoEllipsis() {
        assertEquals("They will fight.", new QuoteMatcher("They will fight.").closest("They shall fight").orElseThrow().excerpt());
        assertEquals("They will fight. And more \u2026", new QuoteMatcher("They will fight. And more words follow here.")
                .closest("They shall fight").orElseThrow().excerpt());
    }

    @Test
    void ofTwoEquallyClosePassagesTheFirstIsShownEveryTime() {
        String source = "they will fight on. Later: they will fight on.";
        QuoteMatcher matcher = new QuoteMatcher(source);
        for (int i = 0; i < 3; i++) {
            assertEquals(0, matcher.closest("they shall fight on").orElseThrow().passage().start());
        }
    }

    @Test
    void closestPassageOfDozensOfQuotesInAnEssaySizedSourceTakesWellUnderASecond() {
        // 5,000 words from a 400-word vocabulary, and 40 twelve-word quotes taken from it with a word changed
        Random random = new Random(42);
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            words.add("w" + random.nextInt(400));
        }
        String source = String.join(" ", words);
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            List<String> quote = new ArrayList<>(words.subList(i * 100, i * 100 + 12));
            quote.set(6, "changed");
            quotes.add(String.join(" ", quote));
        }
        assertTimeoutPreemptively(Duration.ofSeconds(3), () -> {
            QuoteMatcher matcher = new QuoteMatcher(source);
            for (int i = 0; i < quotes.size(); i++) {
                QuoteMatcher.Closest closest = matcher.closest(quotes.get(i)).orElseThrow();
                assertEquals(String.join(" ", words.subList(i * 100, i * 100 + 12)),
                        source.substring(closest.passage().start(), closest.passage().end()));
            }
        });
    }
}
