package org.argmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayWidthTest {

    @Test
    void latinCyrillicAndArabicLettersTakeOneColumnEach() {
        assertEquals(5, DisplayWidth.of("trust"));
        assertEquals(7, DisplayWidth.of("доверие"));
        assertEquals(5, DisplayWidth.of("\u0627\u0644\u062b\u0642\u0629"));
    }

    @Test
    void chineseJapaneseKoreanAndFullwidthFormsTakeTwo() {
        assertEquals(4, DisplayWidth.of("信任"));
        assertEquals(8, DisplayWidth.of("しんらい"));
        assertEquals(4, DisplayWidth.of("신뢰"));
        assertEquals(2, DisplayWidth.of("\uff21"), "FULLWIDTH LATIN CAPITAL LETTER A");
        assertEquals(2, DisplayWidth.of(0x1f600), "an emoji beyond the BMP");
    }

    @Test
    void combiningMarksAndFormatCharactersTakeNone() {
        assertEquals(1, DisplayWidth.of("e\u0301"));
        assertEquals(0, DisplayWidth.of(0x200b));
    }

    @Test
    void prefixKeepsWholeCharactersWithinTheColumns() {
        assertEquals("信任", DisplayWidth.prefix("信任很深", 5));
        assertEquals("ab", DisplayWidth.prefix("ab\ud83d\ude00", 3), "never half a surrogate pair");
        assertEquals("abc", DisplayWidth.prefix("abc", 10));
    }
}
