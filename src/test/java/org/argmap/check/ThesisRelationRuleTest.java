package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThesisRelationRuleTest {

    private static final RuleTester TESTER = new RuleTester(new ThesisRelationRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("the thesis is only supported, attacked and concluded", """
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
                            attacks: thesis
                          first:
                            text: F.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                        """),
                arguments("the thesis names unknown ids: dangling-reference's alone", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            supports: nothing
                            attacks: [nobody]
                          reason:
                            text: R.
                            supports: thesis
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void thesisWithOnlyIncomingRelationsHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("thesis supports a statement", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            supports: reason
                          reason:
                            text: R.
                            attacks: other
                          other:
                            text: O.
                            supports: reason
                        """, List.of(at(6, 15, "thesis 'thesis' supports 'reason'", "remove this relation"))),
                arguments("thesis attacks two statements", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            attacks: [objection, other]
                          objection:
                            text: O.
                            attacks: thesis
                          other:
                            text: X.
                            attacks: thesis
                        """, List.of(at(6, 15, "attacks 'objection'"), at(6, 26, "attacks 'other'"))),
                arguments("thesis is a premise of an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                            supports: thesis
                        arguments:
                          backwards:
                            kind: attack
                            premises: [first, thesis]
                            conclusion: first
                        """, List.of(at(12, 23, "thesis 'thesis' is a premise of argument 'backwards'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void relationOfTheThesisIsReportedAtTheRelation(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
