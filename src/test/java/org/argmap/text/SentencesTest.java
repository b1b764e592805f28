package org.argmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void theFirstLetterBecomesACapitalAndNothingElseChanges() {
        assertEquals("Strengths did not converge", Sentences.capitalized("strengths did not converge"));
        assertEquals("Élan", Sentences.capitalized("élan"));
        assertEquals("", Sentences.capitalized(""));
        assertEquals("'quoted' stays", Sentences.capitalized("'quoted' stays"));
    }
}
