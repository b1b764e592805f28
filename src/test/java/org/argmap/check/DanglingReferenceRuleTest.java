package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DanglingReferenceRuleTest {

    private static final RuleTester TESTER = new RuleTester(new DanglingReferenceRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("supports and attacks name statements", """
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
                            attacks: [thesis]
                        """),
                arguments("an undercut names an argument, a conclusion names an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                          second:
                            text: S.
                          doubt:
                            text: D.
                            attacks: linked
                          backing:
                            text: B.
                          boost:
                            text: X.
                        arguments:
                          linked:
                            kind: support
                            premises: [first, second]
                            conclusion: thesis
                          reinforce:
                            kind: support
                            premises: [backing, boost]
                            conclusion: linked
                        """),
                arguments("expect names a statement and an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                        expect:
                          accepted: [thesis, linked]
                          rejected: []
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapWhoseReferencesAllExistHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("misspelt supports target, with a suggestion", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          distrust:
                            text: D.
                            supports: thesis
                          crackdown:
                            text: C.
                            supports: distrst
                        """, List.of(at(11, 15, "'distrst' is not a statement or argument of this map",
                        "did you mean 'distrust'?"))),
                arguments("unknown attack target far from any id, second item of a list", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          objection:
                            text: O.
                            attacks: [thesis, zebra-crossing]
                        """, List.of(at(8, 23, "'zebra-crossing' is not a statement or argument"))),
                arguments("unknown premise and unknown conclusion", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                        arguments:
                          linked:
                            kind: support
                            premises: [first, secnd]
                            conclusion: thesys
                        """, List.of(
                        at(11, 23, "'secnd' is not a statement of this map"),
                        at(12, 17, "'thesys'", "did you mean 'thesis'?"))),
                arguments("premise naming an argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                          other:
                            text: O.
                        arguments:
                          linked:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                          stacked:
                            kind: support
                            premises: [other, linked]
                            conclusion: thesis
                        """, List.of(at(17, 23, "premise 'linked' of argument 'stacked' is an argument, not a statement"))),
                arguments("expect names an unknown id", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                        expect:
                          rejected:
                            - thesis
                            - thesiss
                        """, List.of(at(9, 7, "'thesiss'", "did you mean 'thesis'?"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void referenceToUnknownIdIsReportedAtTheReference(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    static Stream<Arguments> idsTheLoaderReported() {
        return Stream.of(
                arguments("a bad id, named as written and as the loader suggests it", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          Shared_Enemy:
                            text: S.
                            supports: thesis
                          reason:
                            text: R.
                            supports: [Shared_Enemy, shared-enemy]
                        """),
                arguments("a statement whose body is a list", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          listed: [text, S.]
                          reason:
                            text: R.
                            supports: listed
                        """),
                arguments("an argument without a conclusion, used as a conclusion and as a premise", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            supports: thesis
                        arguments:
                          broken:
                            kind: support
                            premises: [reason]
                          whole:
                            kind: attack
                            premises: [broken]
                            conclusion: broken
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idsTheLoaderReported")
    void referenceToWhatTheLoaderCouldNotReadIsReportedOnce(String name, String yaml) {
        assertEquals(List.of(), TESTER.runDespiteLoaderErrors(yaml));
    }
}
