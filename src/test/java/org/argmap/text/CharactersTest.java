package org.argmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharactersTest {

    @Test
    void diagramsAndPagesShowOnlyTheBidiOverridesEmbeddingsAndIsolates() {
        assertEquals("\\u202eevil \\u2066x\\u2069 \u200f\u0627\u0644\u062b\u0642\u0629 a\nb",
                Characters.showingBidiOverrides("\u202eevil \u2066x\u2069 \u200f\u0627\u0644\u062b\u0642\u0629 a\nb"));
    }

    @Test
    void textWithoutOverridesIsReturnedAsItIs() {
        String text = "\u0627\u0644\u062b\u0642\u0629 \u200f trust";
        assertSame(text, Characters.showingBidiOverrides(text));
    }

    @Test
    void xmlCarriesTabsLineBreaksAndLettersButNotOtherControlsLoneSurrogatesOrNonCharacters() {
        for (int c : new int[] {'\t', '\n', '\r', ' ', 'a', 0x4e2d, 0xfffd, 0x1f600}) {
            assertTrue(Characters.isXmlCharacter(c), Integer.toHexString(c));
        }
        for (int c : new int[] {0, 0x1b, 0xd800, 0xdfff, 0xfffe, 0xffff}) {
            assertFalse(Characters.isXmlCharacter(c), Integer.toHexString(c));
        }
    }

    @Test
    void joinersAreNotInvisibleCharactersButZeroWidthSpaceIs() {
        assertTrue(Characters.isJoiner(0x200d) && !Characters.isInvisible(0x200d));
        assertTrue(Characters.isInvisible(0x200b) && !Characters.isJoiner(0x200b));
    }
}
