package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.argmap.load.MapLoader;
import org.argmap.model.Relation;
import org.junit.jupiter.api.Test;

class RelationGraphTest {

    private static final String MAP = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              reason:
                text: R.
                supports: [thesis, nowhere]
              first:
                text: F.
              second:
                text: S.
              objection:
                text: O.
                attacks: thesis
              reply:
                text: Y.
            arguments:
              linked:
                kind: support
                premises: [first, second]
                conclusion: reason
              answer:
                kind: attack
                premises: [reply]
                conclusion: objection
            """;

    private static RelationGraph graph() {
        return RelationGraph.of(new MapLoader().load("map.yaml", MAP).map().orElseThrow());
    }

    private static List<String> describe(List<Relation> edges) {
        return edges.stream().map(e -> e.from() + " " + e.type() + " " + e.to()).toList();
    }

    @Test
    void nodesAreStatementsThenArgumentsInWrittenOrder() {
        assertEquals(List.of("thesis", "reason", "first", "second", "objection", "reply", "linked", "answer"),
                graph().nodes());
    }

    @Test
    void argumentsBecomePremiseEdgesAndAConclusionEdgeOfTheirKind() {
        RelationGraph graph = graph();
        assertEquals(List.of("first PREMISE linked", "second PREMISE linked"), describe(graph.incoming("linked")));
        assertEquals(List.of("linked SUPPORTS reason"), describe(graph.outgoing("linked")));
        assertEquals(List.of("answer ATTACKS objection"), describe(graph.outgoing("answer")));
    }

    @Test
    void relationToAnUnknownIdIsNoEdge() {
        assertEquals(List.of("reason SUPPORTS thesis"), describe(graph().outgoing("reason")));
    }

    @Test
    void nodesWithARelationToAnUnknownIdAreKnownInMapOrder() {
        assertEquals(List.of("reason"), List.copyOf(graph().namingUnknownIds()));
        RelationGraph broken = RelationGraph.of(new MapLoader().load("map.yaml", """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  p:
                    text: P.
                  q:
                    text: Q.
                    attacks: nowhere
                arguments:
                  onto-argument:
                    kind: support
                    premises: [p, other]
                    conclusion: thesis
                  other:
                    kind: attack
                    premises: [p]
                    conclusion: missing
                """).map().orElseThrow());
        assertEquals(List.of("q", "onto-argument", "other"), List.copyOf(broken.namingUnknownIds()));
    }

    @Test
    void edgeKeepsThePositionOfItsWrittenTarget() {
        Relation edge = graph().outgoing("reason").get(0);
        assertEquals("8:16", edge.ref().location().line() + ":" + edge.ref().location().column());
    }

    @Test
    void premiseOfAnAttackArgumentAttacksItsConclusion() {
        assertEquals(Set.of("objection"), graph().attackTargets("reply"));
        assertEquals(Set.of("thesis"), graph().attackTargets("objection"));
    }

    @Test
    void supportStepsGoThroughSupportArgumentsOnly() {
        RelationGraph graph = graph();
        assertEquals(List.of("first PREMISE linked"), describe(graph.supportSteps("first")));
        assertEquals(List.of(), describe(graph.supportSteps("reply")));
    }

    @Test
    void neighboursFollowRelationsBothWays() {
        assertEquals(Set.of("thesis", "linked"), graph().neighbours("reason"));
    }
}
