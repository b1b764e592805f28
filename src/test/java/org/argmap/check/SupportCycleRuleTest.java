package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.fixtures.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SupportCycleRuleTest {

    private static final RuleTester TESTER = new RuleTester(new SupportCycleRule());

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("a chain and a diamond of supports", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          left:
                            text: L.
                            supports: thesis
                          right:
                            text: R.
                            supports: thesis
                          root:
                            text: X.
                            supports: [left, right]
                        """),
                arguments("attack cycles are allowed", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          one:
                            text: O.
                            attacks: [thesis, two]
                          two:
                            text: W.
                            attacks: one
                        """),
                arguments("a loop through an attack argument is no support cycle", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                            supports: thesis
                          second:
                            text: S.
                            supports: first
                        arguments:
                          against:
                            kind: attack
                            premises: [first]
                            conclusion: second
                        """),
                arguments("one-step loops are left to self-reference", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          vain:
                            text: V.
                            supports: [thesis, vain]
                          first:
                            text: F.
                            supports: thesis
                        arguments:
                          circular:
                            kind: support
                            premises: [first]
                            conclusion: first
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void mapWithoutCircularSupportHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    /** c -> a -> b -> c, written from c, whose step comes first in the file. */
    private static final String LONGER_CYCLE = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              c:
                text: C.
                supports: a
              a:
                text: A.
                supports: b
              b:
                text: B.
                supports: [c, thesis]
            """;

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("two statements support each other: one finding, from the first written", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          chicken:
                            text: C.
                            supports: [thesis, egg]
                          egg:
                            text: E.
                            supports: chicken
                        """, List.of(at(8, 24, "circular support: chicken -> egg -> chicken"))),
                arguments("a cycle through a support argument names the argument", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                            supports: thesis
                          second:
                            text: S.
                          third:
                            text: R.
                            supports: first
                        arguments:
                          linked:
                            kind: support
                            premises: [first, second]
                            conclusion: third
                        """, List.of(at(17, 16, "first -> linked -> third -> first"))),
                arguments("two cycles sharing a statement are two findings", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          hub:
                            text: H.
                            supports: [thesis, left, right]
                          left:
                            text: L.
                            supports: hub
                          right:
                            text: R.
                            supports: hub
                        """, List.of(at(8, 24, "hub -> left -> hub"), at(8, 30, "hub -> right -> hub"))),
                arguments("a longer cycle, written out of order", LONGER_CYCLE, List.of(at(8, 15, "c -> a -> b -> c"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void circularSupportIsReportedOncePerCycle(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void everyStepAfterTheFirstIsARelatedLocationAtWhereItIsWritten() {
        List<Diagnostic> found = TESTER.run(LONGER_CYCLE);
        assertEquals(1, found.size());
        List<String> related = found.get(0).related().stream()
                .map(r -> r.location().line() + ":" + r.location().column() + " " + r.label()).toList();
        assertEquals(List.of("11:15 step 2: a -> b", "14:16 step 3: b -> c"), related);
    }

    @Test
    void denseMapStopsAtTheCycleLimit() {
        // Every statement supports every other: far more elementary cycles than the limit.
        List<String> ids = IntStream.rangeClosed(1, 9).mapToObj(i -> "s" + i).toList();
        StringBuilder yaml = new StringBuilder("argmap: 1\nstatements:\n  thesis:\n    kind: thesis\n    text: T.\n");
        for (String id : ids) {
            String others = ids.stream().filter(other -> !other.equals(id)).collect(Collectors.joining(", "));
            yaml.append("  ").append(id).append(":\n    text: X.\n    supports: [thesis, ").append(others).append("]\n");
        }
        assertEquals(SupportCycleRule.MAX_CYCLES, TESTER.run(yaml.toString()).size());
    }

    @Test
    void tenThousandLongChainOfSupportsHasNoFinding() {
        assertEquals(List.of(), TESTER.run(GeneratedMaps.supportChain(10_000)));
    }

    @Test
    void cycleFedByALongChainOfSupportsIsReportedOnce() {
        // c1 and c2 support each other; a chain of 5,000 statements leads into c1 but is on no cycle.
        StringBuilder yaml = new StringBuilder("""
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: T.
                  c1:
                    text: C1.
                    supports: [c2, thesis]
                  c2:
                    text: C2.
                    supports: c1
                """);
        for (int i = 1; i <= 5_000; i++) {
            yaml.append("  s").append(i).append(":\n    text: S.\n    supports: ").append(i == 1 ? "c1" : "s" + (i - 1)).append('\n');
        }
        TESTER.assertInvalid(yaml.toString(), List.of(at(8, 16, "c1 -> c2 -> c1")));
    }
}
