package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DisconnectedRuleTest {

    private static final RuleTester TESTER = new RuleTester(new DisconnectedRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("everything reaches the thesis, some of it only against the arrows", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesis
                          side-note:
                            text: S.
                            supports: consequence
                          consequence:
                            text: C.
                          first:
                            text: F.
                          doubt:
                            text: D.
                            attacks: linked
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: reason
                          onward:
                            kind: support
                            premises: [reason]
                            conclusion: consequence
                        """),
                arguments("no thesis: nothing to be connected to, so nothing reported", """
                        argmap: 1
                        statements:
                          one:
                            text: O.
                            supports: two
                          two:
                            text: W.
                            attacks: one
                        """),
                arguments("a statement with no relation is left to unrelated-statement", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          loose-end:
                            text: L.
                        """),
                arguments("elements naming an unknown id are left to dangling-reference", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesys
                          first:
                            text: F.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesys
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapConnectedToItsThesisHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("an island of two statements", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesis
                          one:
                            text: O.
                            supports: two
                          two:
                            text: W.
                            attacks: one
                        """, List.of(
                        at(9, 3, "statement 'one' has no path of supports or attacks to the thesis 'thesis'"),
                        at(12, 3, "statement 'two'"))),
                arguments("an island with an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                          second:
                            text: S.
                            attacks: first
                        arguments:
                          stray:
                            kind: support
                            premises: [first]
                            conclusion: second
                        """, List.of(at(6, 3, "statement 'first'"), at(8, 3, "statement 'second'"),
                        at(12, 3, "argument 'stray' has no path"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void elementWithNoPathToTheThesisIsReportedAtItsId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
