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

class DuplicateIdRuleTest {

    private static final RuleTester TESTER = new RuleTester(new DuplicateIdRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("statement and argument ids differ", """
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
                        """),
                arguments("a perspective may share a statement's id: perspectives are another namespace", """
                        argmap: 1
                        perspectives:
                          thesis:
                            label: The thesis side
                        statements:
                          thesis:
                            kind: thesis
                            perspective: thesis
                            text: T.
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapWithDistinctIdsHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("argument written after the statement with its id", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                        arguments:
                          first:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                        """, List.of(at(9, 3, "argument id 'first'", "statement at line 6", "rename one"))),
                arguments("arguments written before statements: the later statement is reported", """
                        argmap: 1
                        arguments:
                          first:
                            kind: support
                            premises: [first]
                            conclusion: thesis
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                        """, List.of(at(11, 3, "statement id 'first'", "argument at line 3"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void idSharedByStatementAndArgumentIsReportedAtTheLaterOne(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void theEarlierOfTheTwoIsARelatedLocation() {
        List<Diagnostic> found = TESTER.run("""
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                arguments:
                  thesis:
                    kind: support
                    premises: [thesis]
                    conclusion: thesis
                """);
        assertEquals(1, found.size());
        assertEquals(7, found.get(0).location().line());
        Diagnostic.Related first = found.get(0).related().get(0);
        assertEquals(List.of(first), found.get(0).related());
        assertEquals("3:3", first.location().line() + ":" + first.location().column());
        assertEquals("the statement with this id", first.label());
    }
}
