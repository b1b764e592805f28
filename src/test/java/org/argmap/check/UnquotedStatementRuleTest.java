package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnquotedStatementRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UnquotedStatementRule());

    private static final Optional<SourceText> ESSAY = Optional.of(new SourceText("sources/essay.txt",
            "They will continue to fight separately.\n"));

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("every statement quoted or implicit", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            quote: They will continue to fight separately.
                          warrant:
                            text: W.
                            implicit: true
                            supports: thesis
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void quotedOrImplicitStatementsHaveNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml, ESSAY);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("neither quoted nor implicit, and implicit: false counts as not implicit", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            quote: They will continue to fight separately.
                          reason:
                            text: R.
                            supports: thesis
                          other:
                            text: O.
                            implicit: false
                            supports: thesis
                        """, List.of(
                        at(7, 3, "statement 'reason' has no quote from the source text and is not marked implicit",
                                "add 'quote:'", "'implicit: true'"),
                        at(10, 3, "statement 'other'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void statementNeitherQuotedNorImplicitIsReportedAtItsId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, ESSAY, expected);
    }

    @Test
    void withoutSourceTextNothingIsReported() {
        TESTER.assertValid("""
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                """, Optional.empty());
    }
}
