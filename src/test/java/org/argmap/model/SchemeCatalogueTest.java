package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemeCatalogueTest {

    private static Scheme scheme(String id) {
        return new Scheme(id, "Argument " + id,
                List.of(new Scheme.PremiseRole("first", "One thing."), new Scheme.PremiseRole("second", "Another.")),
                "So a third.",
                List.of(new Scheme.CriticalQuestion("q-one", "Is it so?"), new Scheme.CriticalQuestion("q-two", "Why?")));
    }

    @Test
    void findsSchemesAndQuestionsByIdInCatalogueOrder() {
        SchemeCatalogue catalogue = new SchemeCatalogue(List.of(scheme("sign"), scheme("analogy")));
        assertEquals(List.of("sign", "analogy"), List.copyOf(catalogue.ids()));
        assertEquals("Argument analogy", catalogue.find("analogy").orElseThrow().name());
        assertEquals(Optional.empty(), catalogue.find("Analogy"));
        assertEquals("Why?", catalogue.find("sign").orElseThrow().question("q-two").orElseThrow().asks());
        assertEquals(Optional.empty(), catalogue.find("sign").orElseThrow().question("q-three"));
    }

    @Test
    void refusesTwoSchemesWithOneId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SchemeCatalogue(List.of(scheme("sign"), scheme("analogy"), scheme("sign"))));
        assertEquals("two schemes have the id 'sign'", e.getMessage());
    }
}
