package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.junit.jupiter.api.Test;

class RelationTest {

    @Test
    void relationsFollowTheMapOrderStatementsFirstThenArguments() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("b", Kind.PREMISE, "B.").supports("t").done()
                .statement("a", Kind.COUNTERPOINT, "A.").attacks("t").done()
                .statement("p", Kind.PREMISE, "P.").done()
                .statement("u", Kind.COUNTERPOINT, "U.").attacks("arg").done()
                .argument("arg", ArgumentKind.SUPPORT, List.of("p", "b"), "t", null)
                .build();
        assertEquals(List.of(
                new Relation("b", "t", EdgeStyle.SUPPORTS),
                new Relation("a", "t", EdgeStyle.ATTACKS),
                new Relation("u", "arg", EdgeStyle.UNDERCUTS),
                new Relation("p", "arg", EdgeStyle.PREMISE_OF),
                new Relation("b", "arg", EdgeStyle.PREMISE_OF),
                new Relation("arg", "t", EdgeStyle.SUPPORTS)), Relation.of(map));
    }

    @Test
    void attackArgumentAttacksAStatementAndUndercutsAnArgument() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("p", Kind.PREMISE, "P.").done()
                .statement("c", Kind.COUNTERPOINT, "C.").done()
                .statement("d", Kind.COUNTERPOINT, "D.").done()
                .argument("inference", ArgumentKind.SUPPORT, List.of("p"), "t", null)
                .argument("against-thesis", ArgumentKind.ATTACK, List.of("c"), "t", null)
                .argument("against-inference", ArgumentKind.ATTACK, List.of("d"), "inference", null)
                .build();
        List<Relation> conclusions = Relation.of(map).stream()
                .filter(relation -> relation.style() != EdgeStyle.PREMISE_OF)
                .toList();
        assertEquals(List.of(
                new Relation("inference", "t", EdgeStyle.SUPPORTS),
                new Relation("against-thesis", "t", EdgeStyle.ATTACKS),
                new Relation("against-inference", "inference", EdgeStyle.UNDERCUTS)), conclusions);
    }

    @Test
    void relationsNamingUnknownIdsAreLeftOut() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("p", Kind.PREMISE, "P.").supports("t", "nowhere").attacks("nothing").done()
                .argument("arg", ArgumentKind.SUPPORT, List.of("p", "ghost"), "missing", null)
                .build();
        assertEquals(List.of(
                new Relation("p", "t", EdgeStyle.SUPPORTS),
                new Relation("p", "arg", EdgeStyle.PREMISE_OF)), Relation.of(map));
    }
}
