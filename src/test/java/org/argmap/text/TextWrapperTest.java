package org.argmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWrapperTest {

    private static final String SENTENCE =
            "Distrust between the two countries' political and security establishments runs too deep.";

    @Test
    void linesNeverExceedTheWidthAndBreakOnlyAtSpaces() {
        for (int width : List.of(14, 20, 36, 40)) {
            List<String> lines = new TextWrapper(width).wrap(SENTENCE);
            lines.forEach(line -> assertTrue(line.length() <= width, width + ": " + line));
            assertEquals(SENTENCE, String.join(" ", lines), "width " + width);
        }
    }

    @Test
    void eachLineTakesAsManyWordsAsFit() {
        List<String> lines = new TextWrapper(36).wrap(SENTENCE);
        assertEquals(List.of("Distrust between the two countries'", "political and security",
                "establishments runs too deep."), lines);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String nextWord = lines.get(i + 1).split(" ")[0];
            assertTrue(lines.get(i).length() + 1 + nextWord.length() > 36, "greedy: " + lines);
        }
    }

    @Test
    void textThatFitsStaysOnOneLine() {
        assertEquals(List.of("Short claim."), new TextWrapper(36).wrap("Short claim."));
    }

    @Test
    void wordLongerThanALineIsCutIntoPiecesThatFit() {
        String word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
        List<String> lines = new TextWrapper(10).wrap("a " + word + " b");
        assertEquals(List.of("a", "Pneumonoul", "tramicrosc", "opicsilico", "volcanocon", "iosis b"), lines);
    }

    @Test
    void longWordBreaksAfterAHyphenOrSlashInTheSecondHalfOfTheLine() {
        List<String> lines = new TextWrapper(20)
                .wrap("see https://example.org/articles/the-st-petersburg-bombing-why-it-wont");
        lines.forEach(line -> assertTrue(line.length() <= 20, line));
        assertEquals(List.of("see", "https://example.org/", "articles/the-st-", "petersburg-bombing-",
                "why-it-wont"), lines);
    }

    @Test
    void whiteSpaceRunsAndLineBreaksBecomeSingleSpaces() {
        assertEquals(List.of("one two three"), new TextWrapper(36).wrap("  one\n\ttwo \r\n  three  "));
    }

    @Test
    void controlCharactersAreTreatedAsSpaces() {
        assertEquals(List.of("a b"), new TextWrapper(36).wrap("a\u0000\u0007b"));
    }

    @Test
    void blankTextGivesNoLines() {
        assertEquals(List.of(), new TextWrapper(36).wrap(" \n\t "));
    }

    @Test
    void wideCharactersCountTwiceSoChineseWithoutSpacesIsCutByColumns() {
        String chinese = "中文的论证图应该正确换行并保持可读性即使没有空格也一样";
        List<String> lines = new TextWrapper(10).wrap(chinese);
        lines.forEach(line -> assertTrue(line.codePointCount(0, line.length()) <= 5, line));
        assertEquals(chinese, String.join("", lines));
    }

    @Test
    void cyrillicWrapsAtSpacesLikeLatin() {
        List<String> lines = new TextWrapper(20).wrap("Русский текст с переносами строк и длинными словами");
        assertEquals(List.of("Русский текст с", "переносами строк и", "длинными словами"), lines);
    }

    @Test
    void cuttingNeverSplitsASurrogatePairOrSeparatesACombiningMark() {
        String emoji = "\uD83D\uDE00".repeat(7);
        for (String line : new TextWrapper(5).wrap(emoji)) {
            assertTrue(line.length() % 2 == 0 && Character.isHighSurrogate(line.charAt(0)), line);
        }
        String accented = "e\u0301".repeat(12);
        for (String line : new TextWrapper(5).wrap(accented)) {
            assertEquals('e', line.charAt(0), "a line never starts with the combining mark");
        }
    }

    @Test
    void widthBelowTwoIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TextWrapper(1));
    }
}
