package org.argmap.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PluralTest {

    @Test
    void oneIsSingularAndEveryOtherCountPlural() {
        assertEquals("1 error", Plural.count(1, "error"));
        assertEquals("0 errors", Plural.count(0, "error"));
        assertEquals("2 maps", Plural.count(2, "map"));
    }
}
