package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnusedPerspectiveRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UnusedPerspectiveRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("every declared perspective is used", """
                        argmap: 1
                        perspectives:
                          shared-threat:
                            label: Shared threat
                          mutual-distrust:
                            label: Mutual distrust
                        statements:
                          thesis:
                            kind: thesis
                            perspective: mutual-distrust
                            text: T.
                          objection:
                            perspective: shared-threat
                            text: O.
                            attacks: thesis
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapUsingEveryPerspectiveHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("one of two perspectives unused", """
                        argmap: 1
                        perspectives:
                          shared-threat:
                            label: Shared threat
                          mutual-distrust:
                            label: Mutual distrust
                        statements:
                          thesis:
                            kind: thesis
                            perspective: shared-threat
                            text: T.
                        """, List.of(at(5, 3, "perspective 'mutual-distrust' is declared but no statement uses it",
                        "perspective: mutual-distrust"))),
                arguments("a statement naming a misspelt perspective does not use the declared one", """
                        argmap: 1
                        perspectives:
                          realism:
                        statements:
                          thesis:
                            kind: thesis
                            perspective: realsim
                            text: T.
                        """, List.of(at(3, 3, "perspective 'realism'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void unusedPerspectiveIsReportedAtItsId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
