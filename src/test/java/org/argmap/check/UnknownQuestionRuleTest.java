package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnknownQuestionRuleTest {

    private static final RuleTester TESTER = new RuleTester(new UnknownQuestionRule());

    /**
     * A thesis backed by an argument from precedent ({@code from-before}, line 12), a plain
     * support, an undercut of it, and {@code extra} written at the end.
     */
    private static String map(String extra, String scheme) {
        return """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: Cooperation will not follow.
                  before:
                    text: Earlier attacks brought none.
                  plain:
                    text: A plain reason.
                    supports: thesis
                arguments:
                  from-before:
                    kind: support
                    premises: [before]
                    conclusion: thesis
                """ + (scheme == null ? "" : "    scheme: " + scheme + "\n") + """
                  undercut:
                    kind: attack
                    premises: [plain]
                    conclusion: from-before
                """ + extra;
    }

    private static String statement(String body) {
        return map("", "precedent").replace("arguments:\n", "  critic:\n" + body + "arguments:\n");
    }

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("a statement raising a question of the scheme it attacks",
                        statement("    text: Times changed.\n    attacks: from-before\n    question: circumstances-changed\n")),
                arguments("a statement settling two questions of the scheme it supports",
                        statement("    text: Same case.\n    supports: from-before\n    question: [comparable-really, earlier-right]\n")),
                arguments("an undercutting argument raising a question",
                        map("    question: earlier-as-told\n", "precedent")),
                arguments("no question written", statement("    text: Times changed.\n    attacks: from-before\n")),
                arguments("a misspelt target is dangling-reference's to report",
                        statement("    text: Times changed.\n    attacks: from-befor\n    question: circumstances-changed\n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void questionOfTheTargetsSchemeHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("misspelt question id",
                        statement("    text: Times changed.\n    attacks: from-before\n    question: circumstances-chnged\n"),
                        List.of(at(14, 15, "statement 'critic' names the critical question 'circumstances-chnged',"
                                        + " which the scheme of 'from-before' (precedent) does not ask",
                                "did you mean 'circumstances-changed'?",
                                "'from-before' (precedent) asks: earlier-as-told, comparable-really,"
                                        + " earlier-right, circumstances-changed"))),
                arguments("a question of another scheme, in a list",
                        statement("    text: Not an expert.\n    attacks: from-before\n    question: [earlier-right, credible]\n"),
                        List.of(at(14, 31, "'credible'", "'from-before' (precedent) asks:"))),
                arguments("a question on a statement that supports only a statement",
                        statement("    text: Another reason.\n    supports: thesis\n    question: earlier-right\n"),
                        List.of(at(14, 15, "statement 'critic' names the critical question 'earlier-right' but attacks"
                                + " or supports no argument whose scheme is in the catalogue", "remove it here"))),
                arguments("a question on an attack on an argument with a free-text scheme",
                        map("", "argument from history").replace("arguments:\n",
                                "  critic:\n    text: Times changed.\n    attacks: from-before\n    question: circumstances-changed\n"
                                        + "arguments:\n"),
                        List.of(at(14, 15, "no argument whose scheme is in the catalogue",
                                "give argument 'from-before' a scheme from the catalogue"))),
                arguments("an argument with a question whose conclusion is a statement",
                        map("", "precedent").replace("    premises: [before]\n", "    premises: [before]\n    question: credible\n"),
                        List.of(at(15, 15, "argument 'from-before' names the critical question 'credible' but attacks"
                                + " or supports no argument"))),
                arguments("an undercutting argument with another scheme's question",
                        map("    question: credible\n", "precedent"),
                        List.of(at(21, 15, "argument 'undercut' names the critical question 'credible'"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void questionNoTargetAsksIsReportedAtTheId(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void withoutACatalogueNothingIsReported() {
        var map = new MapLoader().load("map.yaml", map("    question: credible\n", "precedent")).map().orElseThrow();
        assertEquals(List.of(), new UnknownQuestionRule().check(new CheckContext(map, Optional.empty())));
    }
}
