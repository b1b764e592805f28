package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;

class RelationsTest {

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
              doubt:
                text: D.
                attacks: linked
            arguments:
              linked:
                kind: support
                premises: [first, ghost]
                conclusion: thesis
              stacked:
                kind: attack
                premises: [linked]
                conclusion: reason
            """;

    private static ArgumentMap map() {
        return new MapLoader().load("map.yaml", MAP).map().orElseThrow();
    }

    private static List<String> describe(List<Relation> relations) {
        return relations.stream().map(r -> r.from() + " " + r.type() + " " + r.to()).toList();
    }

    @Test
    void everyRelationAsWrittenInTheMapsOrder() {
        assertEquals(List.of("reason SUPPORTS thesis", "reason SUPPORTS nowhere", "doubt ATTACKS linked",
                        "first PREMISE linked", "ghost PREMISE linked", "linked SUPPORTS thesis",
                        "linked PREMISE stacked", "stacked ATTACKS reason"),
                describe(map().relations().written()));
    }

    @Test
    void aRelationNamingAnUnknownIdOrAPremiseNamingAnArgumentDoesNotHold() {
        Relations relations = map().relations();
        assertEquals(List.of("reason SUPPORTS nowhere", "ghost PREMISE linked", "linked PREMISE stacked"),
                describe(relations.dangling()));
        assertEquals(List.of("reason SUPPORTS thesis", "doubt ATTACKS linked", "first PREMISE linked",
                "linked SUPPORTS thesis", "stacked ATTACKS reason"), describe(relations.edges()));
        relations.edges().forEach(edge -> assertTrue(relations.holds(edge), edge::toString));
        relations.dangling().forEach(edge -> assertFalse(relations.holds(edge), edge::toString));
    }

    @Test
    void outgoingAndIncomingFollowOnlyRelationsThatHold() {
        Relations relations = map().relations();
        assertEquals(List.of("reason SUPPORTS thesis"), describe(relations.outgoing("reason")));
        assertEquals(List.of("doubt ATTACKS linked", "first PREMISE linked"), describe(relations.incoming("linked")));
        assertEquals(List.of(), relations.incoming("stacked"));
    }

    @Test
    void writtenByHoldsWhatAStatementOrArgumentWroteEvenWhereItNamesNothing() {
        Relations relations = map().relations();
        assertEquals(List.of("reason SUPPORTS thesis", "reason SUPPORTS nowhere"), describe(relations.writtenBy("reason")));
        // an argument writes its premises and its conclusion
        assertEquals(List.of("first PREMISE linked", "ghost PREMISE linked", "linked SUPPORTS thesis"),
                describe(relations.writtenBy("linked")));
        assertEquals(List.of(Relation.Field.PREMISES, Relation.Field.PREMISES, Relation.Field.CONCLUSION),
                relations.writtenBy("linked").stream().map(Relation::field).toList());
    }

    @Test
    void aRelationKeepsWhereItsIdWasWritten() {
        Relations relations = map().relations();
        Relation nowhere = relations.writtenBy("reason").get(1);
        assertEquals("map.yaml:8:24", nowhere.ref().location().toString());
        Relation ghost = relations.writtenBy("linked").get(1);
        assertEquals("ghost", ghost.ref().id());
        assertEquals("map.yaml:17:23", ghost.ref().location().toString());
    }

    @Test
    void nodeIdsAreStatementsThenArgumentsWithoutRepeats() {
        assertEquals(List.of("thesis", "reason", "first", "doubt", "linked", "stacked"), map().relations().nodeIds());
    }

    @Test
    void theIndexIsBuiltOnceAndKeptWhenOnlyKindsChange() {
        ArgumentMap map = map();
        Relations index = map.relations();
        assertSame(index, map.relations());
        ArgumentMap rekinded = map.withKinds(Map.of("reason", Kind.COUNTERPOINT));
        assertSame(index, rekinded.relations());
        assertEquals(Kind.COUNTERPOINT, rekinded.statements().get("reason").kind());
        assertEquals(Kind.PREMISE, map.statements().get("reason").kind());
    }

    @Test
    void nodeSaysWhetherAnIdIsAStatementOrAnArgument() {
        ArgumentMap map = map();
        assertInstanceOf(Statement.class, map.node("reason").orElseThrow());
        assertInstanceOf(Argument.class, map.node("linked").orElseThrow());
        assertEquals(Optional.empty(), map.node("nowhere"));
        assertTrue(map.hasNode("linked"));
        assertFalse(map.hasNode("ghost"));
    }

    @Test
    void aStatementSharingAnArgumentsIdIsTheNodeThatIdNames() {
        ArgumentMap shared = new MapLoader().load("shared.yaml", """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  same:
                    text: S.
                    supports: thesis
                arguments:
                  same:
                    kind: attack
                    premises: [thesis]
                    conclusion: thesis
                """).map().orElseThrow();
        assertInstanceOf(Statement.class, shared.node("same").orElseThrow());
        assertEquals(List.of("thesis", "same"), shared.relations().nodeIds());
    }

    @Test
    void withersChangeOneFieldAndKeepTheRest() {
        ArgumentMap map = map();
        Statement reason = map.statements().get("reason");
        Statement cut = reason.withSupports(List.of()).withAttacks(reason.supports()).withKind(Kind.COUNTERPOINT);
        assertEquals(List.of(), cut.supports());
        assertEquals(reason.supports(), cut.attacks());
        assertEquals(Kind.COUNTERPOINT, cut.kind());
        assertEquals(reason.withSupports(List.of()).withAttacks(reason.supports()).withKind(Kind.COUNTERPOINT), cut);
        assertEquals(List.of(reason.id(), reason.location(), reason.text(), reason.declaredKind(), reason.title(),
                        reason.weight(), reason.note()),
                List.of(cut.id(), cut.location(), cut.text(), cut.declaredKind(), cut.title(), cut.weight(), cut.note()));
        Argument linked = map.arguments().get("linked");
        Argument alone = linked.withPremises(List.of(linked.premises().get(0)));
        assertEquals(List.of("first"), alone.premises().stream().map(Ref::id).toList());
        assertEquals(linked.conclusion(), alone.conclusion());
        assertEquals(linked.kind(), alone.kind());

        ArgumentMap fewer = map.withStatements(Map.of("thesis", map.statements().get("thesis")));
        assertEquals(List.of("thesis", "linked", "stacked"), fewer.relations().nodeIds());
        assertEquals(map.render(), fewer.render());
        assertEquals(map.unread(), fewer.unread());
        assertEquals(map.statementsLocation(), fewer.statementsLocation());
    }
}
