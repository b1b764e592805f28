package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UndeclaredPerspectiveRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UndeclaredPerspectiveRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("statements name declared perspectives", """
                        argmap: 1
                        perspectives:
                          shared-threat:
                            label: Shared threat
                          mutual-distrust:
                        statements:
                          thesis:
                            kind: thesis
                            perspective: mutual-distrust
                            text: T.
                          objection:
                            perspective: shared-threat
                            text: O.
                            attacks: thesis
                        """),
                arguments("no perspectives at all", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapUsingOnlyDeclaredPerspectivesHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("misspelt perspective, with a suggestion", """
                        argmap: 1
                        perspectives:
                          shared-threat:
                            label: Shared threat
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            perspective: shared-thraet
                            text: O.
                            attacks: thesis
                        """, List.of(at(10, 18, "'shared-thraet' is not a perspective declared in this map",
                        "did you mean 'shared-threat'?"))),
                arguments("perspective in a map that declares none", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            perspective: realism
                        """, List.of(at(6, 18, "'realism' is not a perspective", "declare it under 'perspectives'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void undeclaredPerspectiveIsReportedAtTheName(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
