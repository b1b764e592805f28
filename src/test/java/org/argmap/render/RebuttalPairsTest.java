package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.Set;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.junit.jupiter.api.Test;

class RebuttalPairsTest {

    private static Set<Relation> pairs(ArgumentMap map) {
        return RebuttalPairs.of(map, Relation.of(map), statement -> statement.perspective().map(Ref::id));
    }

    private static Relation attack(String from, String to) {
        return new Relation(from, to, EdgeStyle.ATTACKS);
    }

    @Test
    void rebuttalAndCounterpointInOnePerspectiveOrInNoneArePaired() {
        ArgumentMap map = new MapBuilder()
                .perspective("con", "Con")
                .statement("t", Kind.THESIS, "T.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").in("con").attacks("t").done()
                .statement("r", Kind.REBUTTAL, "R.").in("con").attacks("c").done()
                .statement("d", Kind.COUNTERPOINT, "D.").attacks("t").done()
                .statement("s", Kind.REBUTTAL, "S.").attacks("d").done()
                .build();
        assertEquals(Set.of(attack("r", "c"), attack("s", "d")), pairs(map));
    }

    @Test
    void pairAcrossPerspectivesOrInAndOutOfOneIsNot() {
        ArgumentMap map = new MapBuilder()
                .perspective("pro", "Pro").perspective("con", "Con")
                .statement("t", Kind.THESIS, "T.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").in("con").attacks("t").done()
                .statement("r", Kind.REBUTTAL, "R.").in("pro").attacks("c").done()
                .statement("s", Kind.REBUTTAL, "S.").attacks("c").done()
                .build();
        assertEquals(Set.of(), pairs(map));
    }

    @Test
    void onlyRebuttalsAttackingCounterpointsArePaired() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").attacks("t").done()
                .statement("k", Kind.COUNTERPOINT, "K attacks a counterpoint but is declared a counterpoint.").attacks("c").done()
                .statement("p", Kind.PREMISE, "P.").supports("c").done()
                .build();
        assertEquals(Set.of(), pairs(map));
    }

    @Test
    void pairedEdgeCarriesTheWeightAndNoOtherEdgeDoes() {
        ArgumentMap map = new MapBuilder()
                .perspective("con", "Con")
                .statement("t", Kind.THESIS, "T.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").in("con").attacks("t").done()
                .statement("r", Kind.REBUTTAL, "R.").in("con").attacks("c").done()
                .statement("p", Kind.PREMISE, "P.").in("con").supports("c").done()
                .build();
        ParsedDot dot = ParsedDot.parse(new DotRenderer().render(map));
        for (ParsedDot.Edge edge : dot.edges) {
            boolean paired = edge.from().equals("r") && edge.to().equals("c");
            assertEquals(paired ? Optional.of(String.valueOf(RebuttalPairs.WEIGHT)) : Optional.empty(),
                    weight(edge), edge.toString());
        }
    }

    @Test
    void statementNamingAnUndeclaredPerspectiveCountsAsOutsideAny() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").attacks("t").done()
                .statement("r", Kind.REBUTTAL, "R.").in("nowhere").attacks("c").done()
                .build();
        ParsedDot.Edge edge = ParsedDot.parse(new DotRenderer().render(map)).edges.stream()
                .filter(e -> e.from().equals("r")).findFirst().orElseThrow();
        assertEquals(Optional.of(String.valueOf(RebuttalPairs.WEIGHT)), weight(edge), "drawn outside clusters, like its counterpoint");
    }

    private static Optional<String> weight(ParsedDot.Edge edge) {
        return Optional.ofNullable(edge.attributes().get("weight")).map(ParsedDot.Value::text);
    }
}
