package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PolarityTest {

    private static ArgumentMap load(String body) {
        LoadResult loaded = new MapLoader().load("sides.yaml", "argmap: 1\n" + body);
        assertEquals(List.of(), loaded.diagnostics());
        return loaded.map().orElseThrow();
    }

    /** Every statement, then every argument, as {@code id:side}, {@code -} for no side. */
    private static String sides(ArgumentMap map) {
        Polarity polarity = Polarity.of(map);
        return map.relations().nodeIds().stream()
                .map(id -> id + ":" + polarity.side(id).map(Side::word).orElse("-"))
                .collect(Collectors.joining(" "));
    }

    /** Each case: what it shows, the map after {@code argmap: 1}, and the side of every node in order. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("the thesis alone is pro", """
                        statements:
                          t: {kind: thesis, text: T}
                        """, "t:pro"),
                Arguments.of("supporting a pro claim is pro, attacking it is con", """
                        statements:
                          t: {kind: thesis, text: T}
                          s: {text: S, supports: t}
                          a: {text: A, attacks: t}
                        """, "t:pro s:pro a:con"),
                Arguments.of("attacking a con claim is pro, supporting it is con", """
                        statements:
                          t: {kind: thesis, text: T}
                          objection: {text: O, attacks: t}
                          answer: {text: A, attacks: objection}
                          backing: {text: B, supports: objection}
                        """, "t:pro objection:con answer:pro backing:con"),
                Arguments.of("sides alternate down an attack chain", """
                        statements:
                          t: {kind: thesis, text: T}
                          a: {text: A, attacks: t}
                          b: {text: B, attacks: a}
                          c: {text: C, attacks: b}
                          d: {text: D, attacks: c}
                        """, "t:pro a:con b:pro c:con d:pro"),
                Arguments.of("a support argument and its premises take its conclusion's side", """
                        statements:
                          t: {kind: thesis, text: T}
                          objection: {text: O, attacks: t}
                          p1: {text: P}
                          p2: {text: Q}
                          p3: {text: R}
                        arguments:
                          for-t: {kind: support, premises: [p1], conclusion: t}
                          for-objection: {kind: support, premises: [p2, p3], conclusion: objection}
                        """, "t:pro objection:con p1:pro p2:con p3:con for-t:pro for-objection:con"),
                Arguments.of("an attack argument and its premises take the side opposite its conclusion", """
                        statements:
                          t: {kind: thesis, text: T}
                          objection: {text: O, attacks: t}
                          p1: {text: P}
                          p2: {text: Q}
                        arguments:
                          against-t: {kind: attack, premises: [p1], conclusion: t}
                          against-objection: {kind: attack, premises: [p2], conclusion: objection}
                        """, "t:pro objection:con p1:con p2:pro against-t:con against-objection:pro"),
                Arguments.of("an undercut takes the side opposite the argument it attacks", """
                        statements:
                          t: {kind: thesis, text: T}
                          p1: {text: P}
                          p2: {text: Q}
                          doubt-pro: {text: D, attacks: for-t}
                          doubt-con: {text: E, attacks: against-t}
                          u: {text: U}
                        arguments:
                          for-t: {kind: support, premises: [p1], conclusion: t}
                          against-t: {kind: attack, premises: [p2], conclusion: t}
                          undercut: {kind: attack, premises: [u], conclusion: against-t}
                        """, "t:pro p1:pro p2:con doubt-pro:con doubt-con:pro u:pro for-t:pro against-t:con undercut:pro"),
                Arguments.of("supporting an argument takes its side", """
                        statements:
                          t: {kind: thesis, text: T}
                          p: {text: P}
                          warrant: {text: W, supports: against-t}
                        arguments:
                          against-t: {kind: attack, premises: [p], conclusion: t}
                        """, "t:pro p:con warrant:con against-t:con"),
                Arguments.of("in a cycle the shortest path to the thesis decides", """
                        statements:
                          t: {kind: thesis, text: T}
                          a: {text: A, attacks: [t, c]}
                          b: {text: B, attacks: a}
                          c: {text: C, attacks: b}
                        """, "t:pro a:con b:pro c:con"),
                Arguments.of("between equally short paths the first in the map's order decides", """
                        statements:
                          t: {kind: thesis, text: T}
                          s: {text: S, supports: t}
                          a: {text: A, attacks: t}
                          both: {text: B, supports: a, attacks: s}
                        """, "t:pro s:pro a:con both:con"),
                Arguments.of("a statement both supporting and attacking the thesis is pro: its supports are met before its attacks", """
                        statements:
                          t: {kind: thesis, text: T}
                          torn: {text: X, attacks: t, supports: t}
                        """, "t:pro torn:pro"),
                Arguments.of("what no relation links to the thesis has no side", """
                        statements:
                          t: {kind: thesis, text: T}
                          s: {text: S, supports: t}
                          island: {text: I}
                          floating: {text: F, attacks: island}
                          elsewhere: {text: E, attacks: nowhere}
                        """, "t:pro s:pro island:- floating:- elsewhere:-"),
                Arguments.of("the thesis supporting or attacking something gives it no side", """
                        statements:
                          t: {kind: thesis, text: T, attacks: a}
                          a: {text: A}
                        """, "t:pro a:-"),
                Arguments.of("a premise naming an argument does not hold and carries no side", """
                        statements:
                          t: {kind: thesis, text: T}
                          p: {text: P}
                        arguments:
                          inner: {kind: support, premises: [p], conclusion: t}
                          outer: {kind: support, premises: [inner], conclusion: t}
                        """, "t:pro p:pro inner:pro outer:pro"),
                Arguments.of("without a declared thesis nothing has a side", """
                        statements:
                          a: {text: A}
                          b: {text: B, attacks: a}
                        """, "a:- b:-"),
                Arguments.of("every declared thesis is pro", """
                        statements:
                          t: {kind: thesis, text: T}
                          u: {kind: thesis, text: U}
                          a: {text: A, attacks: u}
                        """, "t:pro u:pro a:con"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void sideOfEveryNode(String what, String body, String expected) {
        assertEquals(expected, sides(load(body)), what);
    }

    @Test
    void theEssayMapsUndercutOfAnAttackArgumentIsPro() {
        ArgumentMap map = load("""
                statements:
                  t: {kind: thesis, text: T}
                  shared-enemy: {text: E}
                  stand-together: {text: S}
                  own-making: {kind: counterpoint, text: O, attacks: common-cause}
                arguments:
                  common-cause: {kind: attack, premises: [shared-enemy, stand-together], conclusion: t}
                """);
        Polarity polarity = Polarity.of(map);
        // the declared kind plays no part: own-making answers an objection
        assertEquals(Side.PRO, polarity.side("own-making").orElseThrow());
        assertEquals(Side.CON, polarity.side("common-cause").orElseThrow());
    }

    @Test
    void unknownIdHasNoSide() {
        assertEquals(java.util.Optional.empty(),
                Polarity.of(load("statements:\n  t: {kind: thesis, text: T}\n")).side("nowhere"));
    }
}
