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
    void attackCycleWithNoSideMetAgainWhileInProgressCountsAsNoCounterpointYet() {
        ArgumentMap map = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  s: {text: S, supports: t}
                  a: {text: A, attacks: b}
                  b: {text: B, attacks: c}
                  c: {text: C, attacks: a}
                """);
        // Nothing links the cycle to the thesis, so its statements have no side and fall back on
        // the kinds of what they attack: a needs b, b needs c, c needs a, which is in progress: c
        // attacks no counterpoint (yet), so c is a counterpoint; b attacks it: a rebuttal; a attacks
        // b, a rebuttal: a counterpoint.
        assertEquals(Kind.COUNTERPOINT, map.statements().get("c").kind());
        assertEquals(Kind.REBUTTAL, map.statements().get("b").kind());
        assertEquals(Kind.COUNTERPOINT, map.statements().get("a").kind());
    }

    @Test
    void attackCycleLinkedToTheThesisGetsKindsFromSidesWhicheverIsListedFirst() {
        String hawksFirst = """
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  hawks: {text: H, attacks: doves}
                  doves: {text: D, attacks: [t, hawks]}
                """;
        String dovesFirst = """
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  doves: {text: D, attacks: [t, hawks]}
                  hawks: {text: H, attacks: doves}
                """;
        for (String yaml : List.of(hawksFirst, dovesFirst)) {
            ArgumentMap map = load(yaml);
            // doves attacks the thesis: con, a counterpoint; hawks answers doves: pro, a rebuttal
            assertEquals(Kind.COUNTERPOINT, map.statements().get("doves").kind());
            assertEquals(Kind.REBUTTAL, map.statements().get("hawks").kind());
        }
    }

    @Test
    void undercutOfAnObjectionsArgumentAndPremisesOfAnAttackOnAnObjectionAreRebuttals() {
        ArgumentMap map = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  enemy: {text: E}
                  own-making: {text: O, attacks: common-cause}
                  objection: {text: J, attacks: t}
                  doubt: {text: D}
                  backing: {text: B, supports: objection}
                arguments:
                  common-cause: {kind: attack, premises: [enemy], conclusion: t}
                  gap: {kind: attack, premises: [doubt], conclusion: objection}
                """);
        assertEquals(Kind.COUNTERPOINT, map.statements().get("enemy").kind());
        assertEquals(Kind.REBUTTAL, map.statements().get("own-making").kind());
        assertEquals(Kind.COUNTERPOINT, map.statements().get("objection").kind());
        assertEquals(Kind.REBUTTAL, map.statements().get("doubt").kind());
        // supporting a con claim is con, but supporting is what a premise does
        assertEquals(Kind.PREMISE, map.statements().get("backing").kind());
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
