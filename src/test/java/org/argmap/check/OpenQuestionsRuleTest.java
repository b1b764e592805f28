package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class OpenQuestionsRuleTest {

    private static final RuleTester TESTER = new RuleTester(new OpenQuestionsRule());

    /** An argument from {@code scheme} (its value at line 13, column 13, plus the lines of {@code critics}) and {@code critics} after the statements. */
    private static String map(String scheme, String critics) {
        return """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: Cooperation will not follow.
                  before:
                    text: Earlier attacks brought none.
                """ + critics + """
                arguments:
                  from-before:
                    kind: support
                    premises: [before]
                    conclusion: thesis
                """ + (scheme == null ? "" : "    scheme: " + scheme + "\n");
    }

    private static final String ALL_FOUR = """
              told:
                text: It happened as told.
                supports: from-before
                question: [earlier-as-told, earlier-right]
              unlike:
                text: The cases differ.
                attacks: from-before
                question: comparable-really
              changed:
                text: Times changed.
                attacks: from-before
                question: circumstances-changed
            """;

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("every question raised or settled", map("precedent", ALL_FOUR)),
                arguments("a free-text scheme has no questions to leave open", map("argument from history", "")),
                arguments("no scheme", map(null, "")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void argumentWithEveryQuestionAnsweredOrNoCatalogueSchemeHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("nothing raised", map("precedent", ""),
                        List.of(at(13, 13, "argument 'from-before' (Argument from precedent) leaves 4 of 4 critical"
                                        + " questions open: earlier-as-told, comparable-really, earlier-right, circumstances-changed",
                                "'question: earlier-as-told'"))),
                arguments("one raised, one settled, two open", map("precedent", """
                          unlike:
                            text: The cases differ.
                            attacks: from-before
                            question: comparable-really
                          right:
                            text: It was right then.
                            supports: from-before
                            question: earlier-right
                        """), List.of(at(21, 13, "leaves 2 of 4 critical questions open: earlier-as-told, circumstances-changed"))),
                arguments("a question named by a statement that supports the thesis, not the argument, stays open",
                        map("precedent", ALL_FOUR.replace("supports: from-before", "supports: thesis")),
                        List.of(at(25, 13, "leaves 2 of 4", "earlier-as-told, earlier-right"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void openQuestionsAreListedAtTheScheme(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }
}
