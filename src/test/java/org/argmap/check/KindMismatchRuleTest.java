package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.argmap.fixtures.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class KindMismatchRuleTest {

    private static final RuleTester TESTER = new RuleTester(new KindMismatchRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("declared kinds that match direct relations", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            kind: premise
                            text: R.
                            supports: thesis
                          objection:
                            kind: counterpoint
                            text: O.
                            attacks: thesis
                          reply:
                            kind: rebuttal
                            text: Y.
                            attacks: objection
                        """),
                arguments("premise and counterpoint through arguments; a counterpoint may undercut an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            kind: premise
                            text: F.
                          second:
                            kind: counterpoint
                            text: S.
                          undercut:
                            kind: counterpoint
                            text: U.
                            attacks: linked
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                          against:
                            kind: attack
                            premises: [second]
                            conclusion: thesis
                        """),
                arguments("rebuttal of an inferred counterpoint, and rebuttal through an attack argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: thesis
                          direct-reply:
                            kind: rebuttal
                            text: D.
                            attacks: objection
                          linked-reply:
                            kind: rebuttal
                            text: L.
                        arguments:
                          answer:
                            kind: attack
                            premises: [linked-reply]
                            conclusion: objection
                        """),
                arguments("rebuttals that undercut an objection's argument or attack it through one", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          enemy:
                            kind: counterpoint
                            text: E.
                          own-making:
                            kind: rebuttal
                            text: O.
                            attacks: common-cause
                          precedent:
                            kind: rebuttal
                            text: P.
                        arguments:
                          common-cause:
                            kind: attack
                            premises: [enemy]
                            conclusion: thesis
                          unlike-911:
                            kind: attack
                            premises: [precedent]
                            conclusion: common-cause
                        """),
                arguments("linked to no thesis, a rebuttal that attacks a declared counterpoint", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          loose:
                            kind: counterpoint
                            text: L.
                            attacks: other
                          other:
                            text: O.
                          reply:
                            kind: rebuttal
                            text: Y.
                            attacks: loose
                        """),
                arguments("relations naming unknown ids get the benefit of the doubt", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reply:
                            kind: rebuttal
                            text: Y.
                            attacks: objecton
                          reason:
                            kind: premise
                            text: R.
                            supports: thesys
                        """),
                arguments("left to other rules: a related thesis, a declared kind without any relation", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            supports: reason
                          reason:
                            kind: premise
                            text: R.
                            supports: thesis
                          idle:
                            kind: counterpoint
                            text: I.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void declaredKindThatFitsItsRelationsHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("premise that only attacks", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            kind: premise
                            text: R.
                            attacks: thesis
                        """, List.of(at(7, 11, "'reason' is declared a premise but supports nothing",
                        "make it a counterpoint"))),
                arguments("premise whose only role is premise of an attack argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            kind: premise
                            text: R.
                        arguments:
                          against:
                            kind: attack
                            premises: [reason]
                            conclusion: thesis
                        """, List.of(at(7, 11, "declared a premise but supports nothing"))),
                arguments("counterpoint that only supports", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            kind: counterpoint
                            supports: thesis
                        """, List.of(at(8, 11, "'objection' is declared a counterpoint but attacks nothing",
                        "make it a premise"))),
                arguments("rebuttal that attacks a premise", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesis
                          reply:
                            kind: rebuttal
                            text: Y.
                            attacks: reason
                        """, List.of(at(10, 11, "'reply' is declared a rebuttal but argues against the thesis",
                        "'reason' (a premise, pro)", "make it a counterpoint"))),
                arguments("rebuttal that attacks a rebuttal and an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: thesis
                          reply:
                            text: Y.
                            attacks: objection
                          counter-reply:
                            kind: rebuttal
                            text: C.
                            attacks: [reply, linked]
                          first:
                            text: F.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                        """, List.of(at(13, 11, "argues against the thesis", "'reply' (a rebuttal, pro)",
                        "'linked' (an argument, pro)"))),
                arguments("rebuttal whose attack argument concludes a premise", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesis
                          reply:
                            kind: rebuttal
                            text: Y.
                        arguments:
                          against:
                            kind: attack
                            premises: [reply]
                            conclusion: reason
                        """, List.of(at(10, 11, "argues against the thesis", "'reason' (a premise, pro)",
                        "make it a counterpoint"))),
                arguments("rebuttal that only supports", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reply:
                            kind: rebuttal
                            text: Y.
                            supports: thesis
                        """, List.of(at(7, 11, "'reply' is declared a rebuttal but attacks nothing",
                        "make it a premise"))),
                arguments("counterpoint that undercuts an objection's attack argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          enemy:
                            text: E.
                          own-making:
                            kind: counterpoint
                            text: O.
                            attacks: common-cause
                        arguments:
                          common-cause:
                            kind: attack
                            premises: [enemy]
                            conclusion: thesis
                        """, List.of(at(9, 11, "'own-making' is declared a counterpoint but argues for the thesis",
                        "'common-cause' (an argument, con)", "make it a rebuttal"))),
                arguments("counterpoint that attacks a counterpoint, directly or through an attack argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            kind: counterpoint
                            text: O.
                            attacks: thesis
                          reply:
                            kind: counterpoint
                            text: Y.
                            attacks: objection
                          doubt:
                            kind: counterpoint
                            text: D.
                        arguments:
                          gap:
                            kind: attack
                            premises: [doubt]
                            conclusion: objection
                        """, List.of(
                        at(11, 11, "'reply' is declared a counterpoint but argues for the thesis",
                                "'objection' (a counterpoint, con)", "make it a rebuttal"),
                        at(15, 11, "'doubt' is declared a counterpoint but argues for the thesis",
                                "'objection' (a counterpoint, con)"))),
                arguments("rebuttal linked to no thesis that attacks no counterpoint", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          loose:
                            text: L.
                          other:
                            text: O.
                            supports: loose
                          reply:
                            kind: rebuttal
                            text: Y.
                            attacks: other
                        """, List.of(at(12, 11, "'reply' is declared a rebuttal but attacks no counterpoint",
                        "'other' (a premise)", "make it a counterpoint"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void declaredKindContradictedByRelationsIsReportedAtTheKind(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void unknownKindWordIsLeftToTheLoader() {
        List<?> found = TESTER.runDespiteLoaderErrors("""
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  reason:
                    kind: premis
                    text: R.
                    attacks: thesis
                """);
        assertTrue(found.isEmpty(), "kind-mismatch reported an unknown kind word: " + found);
    }

    @Test
    void everyKindDeclaredInATenThousandStatementMapWithManyArgumentsFits() {
        // About 800 two-premise arguments, and every premise declares the kind its argument gives it.
        TESTER.assertValid(GeneratedMaps.yaml(10_000, 1, true));
    }
}
