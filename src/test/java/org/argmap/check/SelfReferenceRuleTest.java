package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SelfReferenceRuleTest {

    private static final RuleTester TESTER = new RuleTester(new SelfReferenceRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("relations between different statements", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesis
                          objection:
                            text: O.
                            attacks: reason
                        """),
                arguments("an argument concluding another argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                          second:
                            text: S.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                          backing:
                            kind: support
                            premises: [second]
                            conclusion: linked
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapWithoutLoopsHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("statement supports itself", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: [thesis, reason]
                        """, List.of(at(8, 24, "'reason' supports itself"))),
                arguments("statement attacks itself", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          paradox:
                            text: P.
                            attacks: paradox
                        """, List.of(at(8, 14, "'paradox' attacks itself"))),
                arguments("argument concludes itself", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                        arguments:
                          loop:
                            kind: attack
                            premises: [first]
                            conclusion: loop
                        """, List.of(at(12, 17, "argument 'loop' concludes itself"))),
                arguments("argument's conclusion is also its premise", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                          second:
                            text: S.
                            supports: thesis
                        arguments:
                          circular:
                            kind: support
                            premises: [first, second]
                            conclusion: second
                        """, List.of(at(14, 23, "'second' is both a premise and the conclusion of argument 'circular'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void relationOntoItselfIsReportedAtTheReference(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
