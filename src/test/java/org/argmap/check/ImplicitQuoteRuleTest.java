package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ImplicitQuoteRuleTest {

    private static final RuleTester TESTER = new RuleTester(new ImplicitQuoteRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("an implicit statement without a quote, beside a quoted one", """
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
                        """),
                arguments("implicit: false with a quote", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            implicit: false
                            quote: They will continue to fight separately.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void implicitStatementWithoutQuoteHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("one quote", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          warrant:
                            text: W.
                            implicit: true
                            supports: thesis
                            quote: They will continue to fight separately.
                        """, List.of(at(10, 12, "implicit statement 'warrant' has a quote", "remove 'implicit: true'",
                        "otherwise remove the quote"))),
                arguments("a list of quotes is reported once, at the first", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            implicit: true
                            quote:
                              - They will continue
                              - to fight separately.
                        """, List.of(at(8, 9, "implicit statement 'thesis' has a quote"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void quoteOnImplicitStatementIsReportedAtTheQuote(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
