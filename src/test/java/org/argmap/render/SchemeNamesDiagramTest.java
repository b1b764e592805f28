package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.argmap.fixtures.SchemeMaps;
import org.argmap.load.BuiltInSchemes;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SchemeCatalogue;
import org.junit.jupiter.api.Test;

/**
 * Given the catalogue, the diagram shows an argument's catalogue scheme by its name, and the hover
 * text adds how many of its critical questions are open; a free-text scheme is shown as written,
 * and without a catalogue everything is drawn as before.
 */
class SchemeNamesDiagramTest {

    private static final ArgumentMap MAP = new MapLoader().load("map.yaml", SchemeMaps.PRECEDENT).map().orElseThrow();

    private static List<String> lines(String tooltip) {
        return Arrays.asList(tooltip.split(Tooltip.LINE_BREAK, -1));
    }

    @Test
    void hoverTextNamesTheCatalogueSchemeAndCountsItsOpenQuestions() {
        assertEquals(List.of("Argument from precedent", "Supports: Renewed ties will not follow the attack.", "Premises:",
                        "\u2022 Help after 9/11 brought no lasting partnership.", "Critical questions: 2 of 4 open"),
                lines(Tooltip.of(MAP.arguments().get("post-9-11"), MAP, BuiltInSchemes.catalogue())));
        assertEquals("argument from common interest",
                lines(Tooltip.of(MAP.arguments().get("common-cause"), MAP, BuiltInSchemes.catalogue())).get(0));
        assertEquals("Critical questions: 4 of 4 open", lines(Tooltip.of(MAP.arguments().get("post-9-11"),
                MAP.withStatements(java.util.Map.of()), BuiltInSchemes.catalogue())).get(4),
                "what raises a question is read from the map the hover text is made for");
    }

    @Test
    void theArgumentsEllipseShowsTheCatalogueNameInsteadOfTheId() {
        String dot = new DotRenderer().withSchemes(BuiltInSchemes.catalogue()).render(MAP);
        assertTrue(dot.contains("<I>Argument from precedent</I>"), dot);
        assertTrue(dot.contains("Critical questions: 2 of 4 open"), dot);
        assertTrue(dot.contains("argument from common<BR/>interest"), dot);
    }

    @Test
    void withoutACatalogueTheDiagramIsDrawnAsBefore() {
        String before = new DotRenderer().render(MAP);
        assertEquals(before, new DotRenderer().withSchemes(SchemeCatalogue.EMPTY).render(MAP));
        assertTrue(before.contains("<I>precedent</I>"), before);
        assertFalse(before.contains("Critical questions"), before);
    }
}
