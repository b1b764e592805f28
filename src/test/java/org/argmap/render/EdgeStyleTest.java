package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class EdgeStyleTest {

    @Test
    void supportAndAttackDifferInLineAndArrowhead() {
        assertNotEquals(EdgeStyle.SUPPORTS.lineStyle, EdgeStyle.ATTACKS.lineStyle);
        assertNotEquals(EdgeStyle.SUPPORTS.arrowhead, EdgeStyle.ATTACKS.arrowhead);
    }

    @Test
    void undercutDiffersFromAStatementAttackInLineStyle() {
        assertNotEquals(EdgeStyle.ATTACKS.lineStyle, EdgeStyle.UNDERCUTS.lineStyle);
    }

    @Test
    void premiseEdgesEndInNoArrowheadLikeNoOtherEdge() {
        for (EdgeStyle other : new EdgeStyle[] {EdgeStyle.SUPPORTS, EdgeStyle.ATTACKS, EdgeStyle.UNDERCUTS}) {
            assertNotEquals(other.arrowhead, EdgeStyle.PREMISE_OF.arrowhead, other.name());
        }
    }
}
