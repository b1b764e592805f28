package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnrelatedStatementRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UnrelatedStatementRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("a thesis needs no relation", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                        """),
                arguments("supporting, attacking or being a premise are all relations", """
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
                          against:
                            kind: attack
                            premises: [first]
                            conclusion: reason
                        """),
                arguments("a relation to an unknown id still counts (dangling-reference reports it)", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesys
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void everyNonThesisStatementRelatesToSomething(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("statement with no relation at all", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          loose-end:
                            text: L.
                        """, List.of(at(6, 3, "'loose-end' supports nothing, attacks nothing and is no argument's premise"))),
                arguments("only supported and attacked by others, and a mere conclusion, relate to nothing", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          target:
                            kind: premise
                            text: X.
                          reason:
                            text: R.
                            supports: [thesis, target]
                          first:
                            text: F.
                            attacks: target
                          concluded:
                            text: C.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: concluded
                        """, List.of(at(6, 3, "'target'"), at(15, 3, "'concluded'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void statementWithoutOwnRelationIsReportedAtItsId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void statementWithAMisspeltKindIsLeftToTheLoader() {
        // 'Thesis' may mean the thesis, which needs no relation; the loader reports the kind
        List<?> found = TESTER.runDespiteLoaderErrors("""
                argmap: 1
                statements:
                  thesis:
                    kind: Thesis
                    text: T.
                  reason:
                    text: R.
                    supports: thesis
                """);
        assertEquals(List.of(), found);
    }
}
