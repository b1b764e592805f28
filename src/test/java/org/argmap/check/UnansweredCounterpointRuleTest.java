package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnansweredCounterpointRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UnansweredCounterpointRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("counterpoints to the thesis answered directly and by an attack argument", """
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
                          second-objection:
                            text: S.
                            attacks: thesis
                          first:
                            text: F.
                        arguments:
                          answer:
                            kind: attack
                            premises: [first]
                            conclusion: second-objection
                        """),
                arguments("an unanswered counterpoint to a premise is not one to the thesis", """
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
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void answeredOrIndirectCounterpointHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("counterpoint to the thesis that only has support", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: thesis
                          backing:
                            text: B.
                            supports: objection
                        """, List.of(at(6, 3, "counterpoint 'objection' to the thesis has no rebuttal"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void unansweredCounterpointToTheThesisIsReportedAtItsId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
