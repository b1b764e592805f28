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

class QuoteNotFoundRuleTest {

    private static final RuleTester TESTER = new RuleTester(new QuoteNotFoundRule());

    private static final Optional<SourceText> ESSAY = Optional.of(new SourceText("sources/essay.txt", """
            Washington and Moscow \u2014 despite the \u201Cshared threat\u201D \u2014 won\u2019t
            change course. They will continue to fight separately.
            """));

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("quotes as written, or differing only in spacing, quote marks and dashes", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            quote:
                              - They will continue to fight separately.
                              - "won't change   course"
                              - Moscow -- despite the "shared threat" --  won't
                        """),
                arguments("a quoted qualifier and an argument's quotes found, a qualifier in the analyst's words not looked up", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            qualifier: {quote: will continue}
                          reason:
                            text: R.
                            qualifier: most probably
                          inference:
                            text: I.
                            supports: thesis
                        arguments:
                          step:
                            kind: support
                            premises: reason
                            conclusion: thesis
                            quote: [They will continue, fight separately]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void quoteFoundInTheSourceHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml, ESSAY);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("case, a changed word and a cut word all count, and the hint shows the closest passage", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            quote:
                              - they will continue to fight separately
                              - They will keep fighting separately
                              - fight separate
                          other:
                            text: O.
                            supports: thesis
                            quote: Washington and Moscow
                        """, List.of(
                        at(7, 9, "quote of 'thesis' is not in the source text sources/essay.txt",
                                "closest: \u2026 change course. They will continue to fight separately.",
                                "the same words with other capitals or punctuation"),
                        at(8, 9, "quote of 'thesis'", "closest: \u2026 change course. They will continue to fight separately.",
                                "word for word"),
                        at(9, 9, "quote of 'thesis'", "closest: \u2026 continue to fight separately."))),
                arguments("a quote with nothing close in the source says so instead", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            quote: the talks in Helsinki went well for both
                        """, List.of(
                        at(6, 12, "quote of 'thesis'", "nothing in the source is close to it", "copy the words"))),
                arguments("a quoted qualifier and an argument's quote are checked like a statement's", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            qualifier: {quote: will keep}
                          reason:
                            text: R.
                        arguments:
                          step:
                            kind: support
                            premises: reason
                            conclusion: thesis
                            quote:
                              - They will continue
                              - they will fight together
                        """, List.of(
                        at(6, 24, "qualifier of 'thesis' is not in the source text sources/essay.txt", "closest:"),
                        at(16, 9, "quote of argument 'step' is not in the source text sources/essay.txt"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void quoteMissingFromTheSourceIsReportedAtTheQuote(String name, String yaml, List<Expected> expected) {
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
                    quote: words that appear nowhere
                """, Optional.empty());
    }
}
