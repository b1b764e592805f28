package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argmap.fixtures.GeneratedMaps;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;

class KindInferenceTest {

    private static ArgumentMap load(String yaml) {
        LoadResult loaded = new MapLoader().load("chain.yaml", yaml);
        assertEquals(List.of(), loaded.diagnostics());
        return loaded.map().orElseThrow();
    }

    @Test
    void tenThousandLongAttackChainWrittenFromItsFarEndGetsAlternatingKinds() {
        int length = 10_000;
        // The first statement written needs the kind of the one it attacks, which needs the next
        // one's, and so on down to the thesis, 10,000 deep.
        ArgumentMap map = load(GeneratedMaps.attackChainLeafFirst(length));
        assertEquals("s" + (length - 1), map.statements().keySet().iterator().next());
        assertEquals(Kind.THESIS, map.statements().get("s0").kind());
        for (int i = 1; i < length; i++) {
            // s1 attacks the thesis: a counterpoint; s2 attacks that counterpoint: a rebuttal; s3
            // attacks a rebuttal, which is no counterpoint: a counterpoint again.
            assertEquals(i % 2 == 1 ? Kind.COUNTERPOINT : Kind.REBUTTAL, map.statements().get("s" + i).kind(), "s" + i);
        }
    }

    @Test
    void longChainGetsTheSameKindsWhicheverEndIsWrittenFirst() {
        ArgumentMap thesisFirst = load(GeneratedMaps.attackChain(2_000));
        ArgumentMap leafFirst = load(GeneratedMaps.attackChainLeafFirst(2_000));
        thesisFirst.statements().forEach((id, statement) ->
                assertEquals(statement.kind(), leafFirst.statements().get(id).kind(), id));
    }

    @Test
    void attackCycleMetAgainWhileInProgressCountsAsNoCounterpointYet() {
        ArgumentMap map = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  a: {text: A, attacks: [b, t]}
                  b: {text: B, attacks: c}
                  c: {text: C, attacks: a}
                """);
        // a needs b, b needs c, c needs a, which is in progress: c attacks no counterpoint (yet),
        // so c is a counterpoint; b attacks it: a rebuttal; a attacks b, a rebuttal, and then the
        // thesis: a counterpoint.
        assertEquals(Kind.COUNTERPOINT, map.statements().get("c").kind());
        assertEquals(Kind.REBUTTAL, map.statements().get("b").kind());
        assertEquals(Kind.COUNTERPOINT, map.statements().get("a").kind());
    }

    @Test
    void theKindImpliedByTheRelationsIsTheInferredKindOfEveryStatementThatDeclaresNone() {
        ArgumentMap map = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  supporter: {text: S, supports: t}
                  objection: {text: O, attacks: t}
                  declared: {kind: counterpoint, text: D, attacks: supporter}
                  reply: {text: R, attacks: [objection, t]}
                  answer: {text: A, attacks: declared}
                  linked-one: {text: L}
                  linked-two: {text: M}
                  doubt-one: {text: N}
                arguments:
                  pair: {kind: support, premises: [linked-one, linked-two], conclusion: t}
                  undercut: {kind: attack, premises: [doubt-one], conclusion: pair}
                """);
        for (Statement statement : map.statements().values()) {
            if (statement.declaredKind().isEmpty()) {
                assertEquals(statement.kind(), KindInference.implied(map, statement.id()), statement.id());
            }
        }
        assertEquals(Kind.REBUTTAL, map.statements().get("answer").kind());
        assertEquals(Kind.COUNTERPOINT, map.statements().get("doubt-one").kind());
        // the declared kind is left aside: its relations alone make 'declared' a counterpoint
        assertEquals(Kind.COUNTERPOINT, KindInference.implied(map, "declared"));
    }
}
