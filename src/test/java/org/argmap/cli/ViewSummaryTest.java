package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.render.View;
import org.junit.jupiter.api.Test;

class ViewSummaryTest {

    private static final Path FILE = Path.of("maps/m.yaml");

    /** Eight statements on two sides and two arguments, one on each side. */
    private static final ArgumentMap MAP = new MapLoader().load("m.yaml", """
            argmap: 1
            perspectives:
              left: {label: Left}
              right: {label: Right}
            statements:
              thesis: {kind: thesis, text: T.}
              l1: {perspective: left, text: L1., supports: thesis}
              l2: {perspective: left, text: L2.}
              l3: {perspective: left, text: L3.}
              r1: {perspective: right, text: R1., attacks: thesis}
              r2: {perspective: right, text: R2., attacks: thesis}
              r3: {perspective: right, text: R3., attacks: thesis}
              r4: {perspective: right, text: R4., attacks: thesis}
              r5: {perspective: right, text: R5.}
              r6: {perspective: right, text: R6., attacks: thesis}
              r7: {perspective: right, text: R7., attacks: thesis}
            arguments:
              left-pair: {kind: support, premises: [l2, l3], conclusion: thesis}
              right-one: {kind: attack, premises: [r5], conclusion: thesis}
            """).map().orElseThrow();

    @Test
    void partialViewCountsWhatIsShownAndNamesWhatIsLeftOutInMapOrder() {
        assertEquals("view of maps/m.yaml (perspective 'right'): 8 of 11 statements and 1 of 2 arguments shown;"
                        + " left out: 3 statements (l1, l2, l3) and 1 argument (left-pair)",
                ViewSummary.line(FILE, new View.OfPerspective("right").apply(MAP)));
    }

    @Test
    void longListsNameTheFirstIdsAndSayHowManyThereAreInAll() {
        assertEquals("view of maps/m.yaml (perspective 'left'): 4 of 11 statements and 1 of 2 arguments shown;"
                        + " left out: 7 statements (r1, r2, r3, r4, r5, r6, ...) and 1 argument (right-one)",
                ViewSummary.line(FILE, new View.OfPerspective("left").apply(MAP)));
    }

    @Test
    void viewWithoutOmittedArgumentsListsOnlyStatements() {
        assertEquals("view of maps/m.yaml (focus on 'l1', depth 0): 1 of 11 statements and 0 of 2 arguments shown;"
                        + " left out: 10 statements (thesis, l2, l3, r1, r2, r3, ...) and 2 arguments (left-pair, right-one)",
                ViewSummary.line(FILE, new View.Focus("l1", 0).apply(MAP)));
        assertEquals("view of maps/m.yaml (focus on 'left-pair', depth 1): 3 of 11 statements and 1 of 2 arguments shown;"
                        + " left out: 8 statements (l1, r1, r2, r3, r4, r5, ...) and 1 argument (right-one)",
                ViewSummary.line(FILE, new View.Focus("left-pair", 1).apply(MAP)));
    }

    @Test
    void viewThatLeavesNothingOutSaysSo() {
        assertEquals("view of maps/m.yaml (focus on 'thesis', depth 2): all 11 statements and 2 arguments shown;"
                        + " nothing left out",
                ViewSummary.line(FILE, new View.Focus("thesis", 2).apply(MAP)));
    }

    @Test
    void mapOfOneStatementIsNamedInTheSingular() {
        ArgumentMap single = new MapLoader().load("one.yaml", """
                argmap: 1
                statements:
                  thesis: {kind: thesis, text: T.}
                """).map().orElseThrow();
        assertEquals("view of maps/m.yaml (focus on 'thesis', depth 1): the only statement shown; nothing left out",
                ViewSummary.line(FILE, new View.Focus("thesis", 1).apply(single)));
    }
}
