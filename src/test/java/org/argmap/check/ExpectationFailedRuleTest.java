package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpectationFailedRuleTest {

    private static final RuleTester TESTER = new RuleTester(new ExpectationFailedRule());

    /**
     * thesis <- objection <- answer: the answer has no attacker (accepted), so the objection is
     * rejected and the thesis reinstated (accepted).
     */
    private static final String REINSTATED = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              objection:
                text: O.
                attacks: thesis
              answer:
                text: A.
                attacks: objection
            """;

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("no expect block", REINSTATED),
                arguments("every expectation met", REINSTATED + """
                        expect:
                          accepted: [thesis, answer]
                          rejected: [objection]
                          undecided: []
                        """),
                arguments("expectations in block lists", REINSTATED + """
                        expect:
                          accepted:
                            - thesis
                          rejected:
                            - objection
                        """),
                arguments("an odd attack cycle expected undecided", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          a:
                            text: A.
                            attacks: [thesis, c]
                          b:
                            text: B.
                            attacks: a
                          c:
                            text: C.
                            attacks: b
                        expect:
                          undecided: [thesis, a, b, c]
                        """),
                arguments("an argument whose premise is attacked by an accepted statement is rejected", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          p:
                            text: P.
                          q:
                            text: Q.
                          doubt:
                            text: D.
                            attacks: q
                        arguments:
                          linked:
                            kind: support
                            premises: [p, q]
                            conclusion: thesis
                        expect:
                          accepted: [thesis, p, doubt]
                          rejected: [q, linked]
                        """),
                arguments("an unknown id under expect is left to dangling-reference", REINSTATED + """
                        expect:
                          accepted: [thesys]
                        """),
                arguments("a relation to an unknown id silences the rule: its outcome is not settled", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: thesis
                          answer:
                            text: A.
                            attacks: objectoin
                        expect:
                          accepted: [thesis]
                        """),
                arguments("a statement attacking itself silences the rule: self-reference is the finding", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: [thesis, objection]
                        expect:
                          accepted: [thesis]
                        """),
                arguments("an argument attacking its own premise silences the rule", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          p:
                            text: P.
                            attacks: thesis
                        arguments:
                          turned:
                            kind: attack
                            premises: [p]
                            conclusion: p
                        expect:
                          rejected: [thesis]
                        """),
                arguments("an id listed twice under the same label is met once", REINSTATED + """
                        expect:
                          accepted: [thesis, thesis]
                        """),
                arguments("supports change strengths, never labels", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            weight: 0.1
                          reason:
                            text: R.
                            supports: thesis
                            weight: 1
                        expect:
                          accepted: [thesis, reason]
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void metExpectationsHaveNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("thesis expected accepted but an accepted counterpoint rejects it", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: thesis
                        expect:
                          accepted: [thesis]
                        """, List.of(at(10, 14, "'thesis' is expected to be accepted but evaluates as rejected",
                        "accepted attacker: 'objection'", "list it under 'rejected'"))),
                arguments("each mismatch at its own id, in block and flow lists", REINSTATED + """
                        expect:
                          accepted:
                            - objection
                          rejected: [answer, thesis]
                        """, List.of(
                        at(14, 7, "'objection' is expected to be accepted but evaluates as rejected", "'answer'"),
                        at(15, 14, "'answer' is expected to be rejected but evaluates as accepted",
                                "nothing attacks it"),
                        at(15, 22, "'thesis' is expected to be rejected but evaluates as accepted",
                                "every attacker is rejected: 'objection'"))),
                arguments("an even cycle is expected settled but stays undecided", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          left:
                            text: L.
                            attacks: [thesis, right]
                          right:
                            text: R.
                            attacks: left
                        expect:
                          accepted: [thesis]
                          rejected: [left]
                        """, List.of(
                        at(13, 14, "'thesis' is expected to be accepted but evaluates as undecided",
                                "some stay undecided", "'left'", "list it under 'undecided'"),
                        at(14, 14, "'left' is expected to be rejected but evaluates as undecided", "'right'"))),
                arguments("an undercut argument is rejected by its attacker", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          p:
                            text: P.
                          q:
                            text: Q.
                          undercut:
                            text: U.
                            attacks: linked
                        arguments:
                          linked:
                            kind: support
                            premises: [p, q]
                            conclusion: thesis
                        expect:
                          accepted: [linked]
                        """, List.of(at(19, 14, "'linked' is expected to be accepted but evaluates as rejected",
                        "'undercut'"))),
                arguments("an argument is rejected through an attack on its premise", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          p:
                            text: P.
                          doubt:
                            text: D.
                            attacks: p
                        arguments:
                          single:
                            kind: support
                            premises: [p]
                            conclusion: thesis
                        expect:
                          accepted: [single]
                        """, List.of(at(17, 14, "'single' is expected to be accepted but evaluates as rejected",
                        "accepted attacker: 'doubt'"))),
                arguments("an id under two labels is a contradiction at its second listing", REINSTATED + """
                        expect:
                          accepted: [thesis]
                          rejected: [objection, thesis]
                          undecided: [answer]
                        """, List.of(
                        at(14, 25, "'thesis' is expected to be both accepted and rejected",
                                "evaluation gives 'thesis' accepted: keep it under 'accepted' only"),
                        at(15, 15, "'answer' is expected to be undecided but evaluates as accepted"))),
                arguments("a contradiction is reported at the later listing, also when the earlier one is wrong",
                        REINSTATED + """
                        expect:
                          rejected: [thesis]
                          accepted: [thesis]
                        """, List.of(
                        at(14, 14, "'thesis' is expected to be both rejected and accepted",
                                "keep it under 'accepted' only"))),
                arguments("a long list of attackers is shortened", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          a:
                            text: A.
                            attacks: thesis
                          b:
                            text: B.
                            attacks: thesis
                          c:
                            text: C.
                            attacks: thesis
                          d:
                            text: D.
                            attacks: thesis
                          e:
                            text: E.
                            attacks: thesis
                        expect:
                          undecided: [thesis]
                        """, List.of(at(22, 15, "'a', 'b', 'c' and 2 more"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void unmetExpectationsAreReportedAtTheExpectedId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
