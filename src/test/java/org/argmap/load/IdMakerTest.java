package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule AIF and Argdown import make map ids by. */
class IdMakerTest {

    @Test
    void aValidIdIsKeptAndAnotherIsMadeFromText() {
        IdMaker ids = new IdMaker(Set.of(), "node");
        assertEquals("277", ids.take("277", "277"));
        assertEquals("cats-purr", ids.take("Cats purr", "Cats purr"));
        assertEquals("fleischkuche-ist-kulturerbe", ids.take("Fleischküche ist Kulturerbe", "Fleischküche ist Kulturerbe"));
        assertEquals("node", ids.take("中文", "中文"));
        assertEquals("node-2", ids.take("", ""));
    }

    @Test
    void aClashGetsTheNextFreeNumberAndSkipsIdsTheDocumentWrites() {
        IdMaker ids = new IdMaker(Set.of("node-1", "node-1-2"), "node");
        assertEquals("node-1-3", ids.take("Node 1", "Node 1"));
        assertEquals("node-1", ids.take("node-1", "node-1"));
        assertEquals("node-1-2", ids.take("node-1-2", "node-1-2"));
        assertEquals("node-1-4", ids.take("node-1", "node-1"), "a valid id written twice is numbered too");
    }

    @Test
    void madeIdsAreShortAndValid() {
        String made = IdMaker.slug("A very long title with many words in it", "statement");
        assertEquals("a-very-long-title-with", made);
        String long40 = IdMaker.slug("abcdefghijklmnopqrstuvwxyz abcdefghijklmnopqrstuvwxyz", "statement");
        assertTrue(long40.length() <= 40 && IdMaker.isValid(long40), long40);
        assertFalse(long40.endsWith("-"), long40);
        assertFalse(IdMaker.isValid("x".repeat(65)), "longer than a map id may be");
        assertEquals("x".repeat(40), new IdMaker(Set.of(), "node").take("x".repeat(65), "x".repeat(65)));
    }

    @Test
    void wordsAreLowerCaseAsciiWithoutAccents() {
        assertEquals(List.of("argument", "from", "expert", "opinion"), IdMaker.words("Argument From Expert-Opinion"));
        assertEquals(List.of("ca", "va", "2"), IdMaker.words("Ça va? #2"));
    }
}
