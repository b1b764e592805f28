package org.argmap.evaluate;

import static org.argmap.evaluate.Label.ACCEPTED;
import static org.argmap.evaluate.Label.REJECTED;
import static org.argmap.evaluate.Label.UNDECIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.fixtures.GeneratedMaps;
import org.argmap.model.ArgumentKind;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;

class EvaluatorTest {

    private static final double EXACT = 1e-12;
    private static final double ITERATED = 1e-8;

    private static Evaluation evaluate(String yaml) {
        return new Evaluator().evaluate(Maps.fromYaml(yaml));
    }

    private static void assertStrength(double expected, Evaluation evaluation, String id, double tolerance) {
        assertEquals(expected, evaluation.strength(id).orElseThrow(), tolerance, id);
    }

    @Test
    void chainOfAttacksReinstatesTheFirstStatement() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  a:
                    kind: thesis
                    text: A.
                  b:
                    text: B.
                    attacks: a
                  c:
                    text: C.
                    attacks: b
                """);
        // c has no attacker: accepted; b's attacker c is accepted: rejected; a's only attacker b is rejected: accepted.
        assertEquals(Map.of("a", ACCEPTED, "b", REJECTED, "c", ACCEPTED), evaluation.labels());
        // c = 0.5 (no attackers or supporters keeps the weight)
        // b: va = 1 - (1 - 0.5) = 0.5, vs = 0 -> 0.5 - 0.5 * 0.5 = 0.25
        // a: va = 0.25, vs = 0 -> 0.5 - 0.5 * 0.25 = 0.375
        assertStrength(0.5, evaluation, "c", EXACT);
        assertStrength(0.25, evaluation, "b", EXACT);
        assertStrength(0.375, evaluation, "a", EXACT);
        assertTrue(evaluation.converged());
        assertEquals(0, evaluation.rounds(), "an acyclic map takes one pass in topological order");
    }

    @Test
    void resultsFollowMapOrderStatementsThenArguments() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  zeta:
                    kind: thesis
                    text: Z.
                  alpha:
                    text: A.
                    supports: zeta
                  mid:
                    text: M.
                arguments:
                  beta:
                    kind: support
                    premises: [mid]
                    conclusion: zeta
                """);
        assertEquals(List.of("zeta", "alpha", "mid", "beta"), List.copyOf(evaluation.labels().keySet()));
        assertEquals(List.of("zeta", "alpha", "mid", "beta"), List.copyOf(evaluation.strengths().keySet()));
    }

    @Test
    void oddAttackCycleLeavesAllUndecidedAndConvergesToOneThird() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  x:
                    text: X.
                    attacks: y
                  y:
                    text: Y.
                    attacks: z
                  z:
                    text: Z.
                    attacks: x
                """);
        // Every node has an attacker that never gets a label: nothing is ever labelled.
        assertEquals(Map.of("x", UNDECIDED, "y", UNDECIDED, "z", UNDECIDED), evaluation.labels());
        // By symmetry all three share s with s = 0.5 - 0.5 * s, so s = 1/3. Jacobi from 0.5:
        // 0.25, 0.375, 0.3125, ... the error halves each round (1/6 * 0.5^n <= 1e-9 after ~28 rounds).
        assertTrue(evaluation.converged());
        assertTrue(evaluation.rounds() > 20 && evaluation.rounds() < 40, "rounds: " + evaluation.rounds());
        for (String id : List.of("x", "y", "z")) {
            assertStrength(1.0 / 3, evaluation, id, ITERATED);
        }
    }

    @Test
    void evenAttackCycleLeavesBothUndecidedUnderGroundedSemantics() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  p:
                    text: P.
                    attacks: q
                  q:
                    text: Q.
                    attacks: p
                """);
        assertEquals(Map.of("p", UNDECIDED, "q", UNDECIDED), evaluation.labels());
        // Same fixed point as the ring: s = 0.5 - 0.5 * s = 1/3 for both.
        assertTrue(evaluation.converged());
        assertStrength(1.0 / 3, evaluation, "p", ITERATED);
        assertStrength(1.0 / 3, evaluation, "q", ITERATED);
    }

    @Test
    void mutualAttackOfCertainStatementsDoesNotConvergeAndHidesItsStrengths() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                  p:
                    text: P.
                    weight: 1
                    attacks: q
                  q:
                    text: Q.
                    weight: 1
                    attacks: p
                """);
        // Every (x, 1 - x) is a fixed point of p = 1 - q, q = 1 - p: the map does not decide.
        // Jacobi from (1, 1): (1 - 1, 1 - 1) = (0, 0), then (1, 1), then (0, 0) ... for ever.
        assertEquals(Map.of("t", ACCEPTED, "p", UNDECIDED, "q", UNDECIDED), evaluation.labels());
        assertFalse(evaluation.converged());
        assertEquals(Evaluator.MAX_ROUNDS, evaluation.rounds());
        assertEquals(List.of("p", "q"), evaluation.unsettled());
        assertEquals(Optional.empty(), evaluation.strength("p"));
        assertEquals(Optional.empty(), evaluation.strength("t"), "no strength is trusted when the map did not settle");
        assertEquals(Optional.of(UNDECIDED), evaluation.label("p"), "labels do not depend on strengths");
    }

    @Test
    void undercutRejectsTheArgumentButNotItsConclusion() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                  p1:
                    text: P1.
                  p2:
                    text: P2.
                  u:
                    text: U.
                    attacks: link
                arguments:
                  link:
                    kind: support
                    premises: [p1, p2]
                    conclusion: t
                """);
        // u is unattacked: accepted; link is attacked by u: rejected; t has no attacker at all
        // (supports do not count), so losing link's support leaves it accepted.
        assertEquals(Map.of("t", ACCEPTED, "p1", ACCEPTED, "p2", ACCEPTED, "u", ACCEPTED, "link", REJECTED),
                evaluation.labels());
        // p1 = p2 = u = 0.5; link base = min(0.5, 0.5) = 0.5, va = 0.5 -> 0.5 - 0.5 * 0.5 = 0.25
        // t: vs = 0.25, va = 0 -> 0.5 + (1 - 0.5) * 0.25 = 0.625 (0.75 without the undercut)
        assertStrength(0.25, evaluation, "link", EXACT);
        assertStrength(0.625, evaluation, "t", EXACT);
        assertStrength(0.5, evaluation, "u", EXACT);
    }

    @Test
    void acceptedAttackOnAPremiseRejectsTheLinkedArgumentAndLowersItsBaseScore() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                  p1:
                    text: P1.
                    weight: 0.8
                  p2:
                    text: P2.
                    weight: 0.6
                  c:
                    text: C.
                    attacks: p2
                arguments:
                  link:
                    kind: support
                    premises: [p1, p2]
                    conclusion: t
                """);
        // c accepted; p2 and link (attacked through its premise p2) rejected; p1 and t accepted.
        assertEquals(Map.of("t", ACCEPTED, "p1", ACCEPTED, "p2", REJECTED, "c", ACCEPTED, "link", REJECTED),
                evaluation.labels());
        // c = 0.5; p2 = 0.6 - 0.6 * 0.5 = 0.3; p1 = 0.8
        // link base = weakest premise = min(0.8, 0.3) = 0.3, nothing acts on link itself -> 0.3
        // t = 0.5 + 0.5 * 0.3 = 0.65
        assertStrength(0.3, evaluation, "p2", EXACT);
        assertStrength(0.3, evaluation, "link", EXACT);
        assertStrength(0.65, evaluation, "t", EXACT);
    }

    @Test
    void rebuttedAttackOnAPremiseReinstatesTheLinkedArgument() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                  p1:
                    text: P1.
                    weight: 0.8
                  p2:
                    text: P2.
                    weight: 0.6
                  c:
                    text: C.
                    attacks: p2
                  r:
                    text: R.
                    attacks: c
                arguments:
                  link:
                    kind: support
                    premises: [p1, p2]
                    conclusion: t
                """);
        // r accepted, c rejected, so p2 and link (whose only attacker is c) accepted.
        assertEquals(Map.of("t", ACCEPTED, "p1", ACCEPTED, "p2", ACCEPTED, "c", REJECTED, "r", ACCEPTED,
                "link", ACCEPTED), evaluation.labels());
        // r = 0.5; c = 0.5 - 0.5 * 0.5 = 0.25; p2 = 0.6 - 0.6 * 0.25 = 0.45
        // link = min(0.8, 0.45) = 0.45; t = 0.5 + 0.5 * 0.45 = 0.725
        assertStrength(0.45, evaluation, "p2", EXACT);
        assertStrength(0.45, evaluation, "link", EXACT);
        assertStrength(0.725, evaluation, "t", EXACT);
    }

    @Test
    void strongerSupportRaisesStrengthButCannotSaveTheLabel() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                    weight: 0.6
                  s1:
                    text: S1.
                    weight: 0.8
                    supports: t
                  s2:
                    text: S2.
                    supports: t
                  a1:
                    text: A1.
                    weight: 0.4
                    attacks: t
                """);
        // a1 is unattacked and accepted, so t is rejected whatever supports it.
        assertEquals(Map.of("t", REJECTED, "s1", ACCEPTED, "s2", ACCEPTED, "a1", ACCEPTED), evaluation.labels());
        // vs = 1 - (1 - 0.8)(1 - 0.5) = 1 - 0.1 = 0.9; va = 1 - (1 - 0.4) = 0.4
        // vs > va: t = 0.6 + (1 - 0.6) * (0.9 - 0.4) = 0.6 + 0.2 = 0.8
        assertStrength(0.8, evaluation, "t", EXACT);
        assertStrength(0.8, evaluation, "s1", EXACT);
        assertStrength(0.4, evaluation, "a1", EXACT);
    }

    @Test
    void attackArgumentOutweighingSupportLowersStrengthAndLosesToARebuttedPremise() {
        Evaluation evaluation = evaluate("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                    weight: 0.6
                  s1:
                    text: S1.
                    weight: 0.3
                    supports: t
                  k1:
                    text: K1.
                    weight: 0.7
                  k2:
                    text: K2.
                    weight: 0.9
                  r:
                    text: R.
                    weight: 0.2
                    attacks: k1
                arguments:
                  objection:
                    kind: attack
                    premises: [k1, k2]
                    conclusion: t
                """);
        // r accepted; k1 rejected; objection rejected through k1; so t's only attacker is rejected: accepted.
        assertEquals(Map.of("t", ACCEPTED, "s1", ACCEPTED, "k1", REJECTED, "k2", ACCEPTED, "r", ACCEPTED,
                "objection", REJECTED), evaluation.labels());
        // r = 0.2; k1 = 0.7 - 0.7 * 0.2 = 0.56; k2 = 0.9; objection = min(0.56, 0.9) = 0.56
        // t: va = 0.56, vs = 0.3, va >= vs: 0.6 - 0.6 * (0.56 - 0.3) = 0.6 - 0.156 = 0.444
        assertStrength(0.56, evaluation, "k1", EXACT);
        assertStrength(0.56, evaluation, "objection", EXACT);
        assertStrength(0.444, evaluation, "t", EXACT);
    }

    @Test
    void referencesToUnknownIdsAreIgnored() {
        Evaluation evaluation = new Evaluator().evaluate(Maps.of(
                List.of(Maps.statement("t", 0.5, List.of(), List.of()),
                        Maps.statement("s", 0.5, List.of("t", "nowhere"), List.of("ghost")),
                        Maps.statement("k", 0.4, List.of(), List.of())),
                List.of(Maps.argument("arg", ArgumentKind.ATTACK, List.of("k", "missing"), "t"),
                        Maps.argument("orphan", ArgumentKind.SUPPORT, List.of("missing"), "nowhere"))));
        // arg = min over known premises = k = 0.4; t: va = 0.4, vs = 0.5 -> 0.5 + 0.5 * 0.1 = 0.55
        assertStrength(0.4, evaluation, "arg", EXACT);
        assertStrength(0.55, evaluation, "t", EXACT);
        // orphan has no known premise: the default weight as base score, and no label-relevant attacker.
        assertStrength(0.5, evaluation, "orphan", EXACT);
        assertEquals(Map.of("t", REJECTED, "s", ACCEPTED, "k", ACCEPTED, "arg", ACCEPTED, "orphan", ACCEPTED),
                evaluation.labels());
    }

    @Test
    void tenThousandLongAttackChainAlternatesLabelsFromItsUnattackedEnd() {
        int length = 10_000;
        for (String yaml : List.of(GeneratedMaps.attackChain(length), GeneratedMaps.attackChainLeafFirst(length))) {
            Evaluation evaluation = evaluate(yaml);
            // s(i) attacks s(i-1); the last one has no attacker. Counting back from it, every other
            // statement is accepted and the ones between are rejected by them.
            for (int i = 0; i < length; i++) {
                Label expected = (length - 1 - i) % 2 == 0 ? ACCEPTED : REJECTED;
                assertEquals(expected, evaluation.labels().get("s" + i), "s" + i);
            }
            assertTrue(evaluation.converged());
        }
    }

    @Test
    void attackChainBelowAnOddCycleIsUndecidedAllTheWayDown() {
        int length = 10_000;
        List<Statement> statements = new ArrayList<>(List.of(
                Maps.statement("r0", 0.5, List.of(), List.of("r2", "s" + (length - 1))),
                Maps.statement("r1", 0.5, List.of(), List.of("r0")),
                Maps.statement("r2", 0.5, List.of(), List.of("r1"))));
        for (int i = 0; i < length; i++) {
            statements.add(Maps.statement("s" + i, 0.5, List.of(), i == 0 ? List.of() : List.of("s" + (i - 1))));
        }
        Evaluation evaluation = new Evaluator().evaluate(Maps.of(statements, List.of()));
        // The ring r0 -> r2 -> r1 -> r0 settles nothing (r0 would need r1 rejected, which needs r2
        // accepted, which needs r1 rejected: odd). The chain's top s(length-1) has r0 as its only
        // attacker, so it stays unlabelled, and so does each statement below it in turn.
        evaluation.labels().forEach((id, label) -> assertEquals(UNDECIDED, label, id));
        assertEquals(length + 3, evaluation.labels().size());
    }
}
