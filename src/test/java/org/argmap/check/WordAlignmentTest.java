package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WordAlignmentTest {

    /** Words as numbers, every word weighing 10. */
    private static WordAlignment.Weighted words(int... ids) {
        int[] weights = new int[ids.length];
        Arrays.fill(weights, 10);
        return new WordAlignment.Weighted(ids, weights);
    }

    private static final WordAlignment.Weighted TEXT = words(1, 2, 3, 4, 5, 6, 7, 8);

    @Test
    void quoteThatIsInTheTextLinesUpWithItAtNoCost() {
        assertEquals(Optional.of(new WordAlignment(2, 5, 0, 30)), WordAlignment.best(TEXT, words(3, 4, 5)));
    }

    @Test
    void changedWordCostsItsWeightAndKeepsTheStretchAsLongAsTheQuote() {
        assertEquals(Optional.of(new WordAlignment(2, 5, 10, 20)), WordAlignment.best(TEXT, words(3, 9, 5)));
        assertEquals(Optional.of(new WordAlignment(2, 5, 10, 20)), WordAlignment.best(TEXT, words(3, 4, 9)),
                "a changed last word is part of the stretch");
    }

    @Test
    void wordLeftOutOfTheQuoteIsAnEditInsideTheStretch() {
        assertEquals(Optional.of(new WordAlignment(2, 6, 10, 30)), WordAlignment.best(TEXT, words(3, 4, 6)));
    }

    @Test
    void wordAddedToTheQuoteIsAnEdit() {
        assertEquals(Optional.of(new WordAlignment(2, 5, 10, 30)), WordAlignment.best(TEXT, words(3, 4, 9, 5)));
    }

    @Test
    void amongEquallyGoodStretchesTheFirstWins() {
        WordAlignment.Weighted twice = words(1, 2, 3, 1, 2, 3);
        assertEquals(Optional.of(new WordAlignment(0, 3, 10, 20)), WordAlignment.best(twice, words(1, 2, 9)));
    }

    @Test
    void heavyWordsDecideWhereAQuoteLinesUp() {
        // word 1 is light ("the"), word 7 heavy: the quote 1 7 lines up where 7 is, not where 1 is
        WordAlignment.Weighted text = new WordAlignment.Weighted(new int[] {1, 2, 1, 7}, new int[] {1, 10, 1, 50});
        WordAlignment.Weighted quote = new WordAlignment.Weighted(new int[] {1, 7}, new int[] {1, 50});
        assertEquals(Optional.of(new WordAlignment(2, 4, 0, 51)), WordAlignment.best(text, quote));
    }

    @Test
    void stretchSharingLessThanHalfTheQuotesWeightIsNotCloseEnough() {
        WordAlignment.Weighted text = new WordAlignment.Weighted(new int[] {1, 2, 3}, new int[] {1, 10, 1});
        // shares words 1 and 3, which weigh 2 of the quote's 42
        WordAlignment.Weighted quote = new WordAlignment.Weighted(new int[] {1, 8, 3, 9}, new int[] {1, 20, 1, 20});
        assertTrue(WordAlignment.best(text, quote).isPresent());
        assertEquals(Optional.empty(), WordAlignment.closeEnough(text, quote));
        assertTrue(WordAlignment.closeEnough(TEXT, words(3, 9, 5)).isPresent(), "two of three words is close enough");
    }

    @Test
    void quoteWithoutWordsHasNoAlignment() {
        assertEquals(Optional.empty(), WordAlignment.best(TEXT, words()));
        assertEquals(Optional.empty(), WordAlignment.closeEnough(words(), words(1)));
    }

    @Test
    void wordsAndWeightsMustPair() {
        assertThrows(IllegalArgumentException.class, () -> new WordAlignment.Weighted(new int[] {1, 2}, new int[] {1}));
    }
}
