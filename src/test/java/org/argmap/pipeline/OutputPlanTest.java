package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.export.Exporters;
import org.argmap.render.View;
import org.junit.jupiter.api.Test;

class OutputPlanTest {

    private static final Path OUT = Path.of("out");

    @Test
    void eachFormatLiesBesideTheDiagramNamedAfterTheMapAndTheView() {
        Path map = Path.of("maps", "essay.v2.yaml");
        OutputPlan plan = OutputPlan.of(OUT, List.of(map), new View.Focus("distrust", 1), Exporters.standard());
        assertEquals(OUT.resolve("essay.v2--focus-distrust-1.svg"), plan.file(map, Exporters.standard()));
        assertEquals(OUT.resolve("essay.v2--focus-distrust-1.html"), plan.file(map, Exporters.byName("html").orElseThrow()));
        assertEquals(List.of(map), plan.maps());
    }

    @Test
    void theDiagramIsSearchedForAStampBeforeThePage() {
        Path map = Path.of("m.yaml");
        OutputPlan plan = OutputPlan.of(OUT, List.of(map), View.WHOLE, Exporters.standard());
        assertEquals(List.of(OUT.resolve("m.svg"), OUT.resolve("m.html")), plan.stamped(map));
    }

    @Test
    void twoMapsOfTheSameNameAreRefusedNamingTheFileTheyWouldShare() {
        Path a = Path.of("a", "m.yaml");
        Path b = Path.of("b", "m.yml");
        OutputException e = assertThrows(OutputException.class,
                () -> OutputPlan.of(OUT, List.of(a, b), View.WHOLE, Exporters.byName("pdf").orElseThrow()));
        assertEquals("both " + a + " and " + b + " would be drawn to " + OUT.resolve("m.pdf"), e.getMessage());
        assertEquals(Optional.of("rename one of the maps or render them to different folders with -o"), e.hint());
    }

    @Test
    void aMapThatWasNotPlannedHasNoFile() {
        OutputPlan plan = OutputPlan.of(OUT, List.of(), View.WHOLE, Exporters.standard());
        assertThrows(IllegalArgumentException.class, () -> plan.file(Path.of("m.yaml"), Exporters.standard()));
    }
}
