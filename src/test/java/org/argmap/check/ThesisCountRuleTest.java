package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.argmap.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ThesisCountRuleTest {

    private static final RuleTester TESTER = new RuleTester(new ThesisCountRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("a lone thesis", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                        """),
                arguments("one thesis among other kinds", """
                        argmap: 1
                        statements:
                          reason:
                            kind: premise
                            text: R.
                            supports: thesis
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: thesis
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapWithExactlyOneThesisHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("no thesis: reported at the statements key", """
                        argmap: 1
                        title: Nothing to argue about

                        statements:
                          reason:
                            text: R.
                            supports: other
                          other:
                            text: O.
                            attacks: reason
                        """, List.of(at(4, 1, "this map has no thesis", "'kind: thesis'"))),
                arguments("two theses: the second is reported at its kind", """
                        argmap: 1
                        statements:
                          first-claim:
                            kind: thesis
                            text: T.
                          second-claim:
                            text: U.
                            kind: thesis
                        """, List.of(at(8, 11, "'second-claim' is a second thesis", "'first-claim' (line 3)"))),
                arguments("three theses: two findings", """
                        argmap: 1
                        statements:
                          one:
                            kind: thesis
                            text: A.
                          two:
                            kind: thesis
                            text: B.
                          three:
                            kind: thesis
                            text: C.
                        """, List.of(at(7, 11, "'two'"), at(10, 11, "'three'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void mapWithoutExactlyOneThesisIsReported(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    static Stream<Arguments> thesisTheLoaderCouldNotRead() {
        return Stream.of(
                arguments("the thesis has a bad id", """
                        argmap: 1
                        statements:
                          The_Thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: the-thesis
                        """),
                arguments("the thesis's kind is misspelt", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: Thesis
                            text: T.
                        """),
                arguments("a statement's body is not a mapping", """
                        argmap: 1
                        statements:
                          thesis: [kind, thesis]
                          reason:
                            text: R.
                            supports: thesis
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("thesisTheLoaderCouldNotRead")
    void noThesisIsLeftToTheLoaderWhenTheThesisMayBeWhatItCouldNotRead(String name, String yaml) {
        assertEquals(List.of(), TESTER.runDespiteLoaderErrors(yaml));
    }

    @Test
    void noThesisIsStillReportedWhenWhatTheLoaderDroppedIsAnotherKind() {
        List<Diagnostic> found = TESTER.runDespiteLoaderErrors("""
                argmap: 1
                statements:
                  Reason:
                    kind: premise
                    text: R.
                    supports: other
                  other:
                    text: O.
                    attacks: reason
                """);
        assertEquals(1, found.size(), found::toString);
        assertEquals("this map has no thesis", found.get(0).message());
    }
}
