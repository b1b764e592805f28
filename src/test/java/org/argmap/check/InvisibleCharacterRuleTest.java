package org.argmap.check;

import static org.argmap.check.RuleTester.Expected.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.check.RuleTester.Expected;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The characters are written with Java escapes, so that this file itself holds none of them raw;
 * inside the YAML, {@code \\u} is YAML's own escape in a double-quoted value.
 */
class InvisibleCharacterRuleTest {

    private static final RuleTester TESTER = new RuleTester(new InvisibleCharacterRule());

    private static String map(String thesisText) {
        return """
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: %s
                """.formatted(thesisText);
    }

    static Stream<Arguments> validMaps() {
        return Stream.of(
                arguments("plain text", map("Trust is earned.")),
                arguments("Arabic and Hebrew text, with a right-to-left mark", map("\u0627\u0644\u062b\u0642\u0629 \u05d0\u05de\u05d5\u05e0\u05d4\u200f.")),
                arguments("a non-joiner inside a Persian word", map("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645")),
                arguments("a joiner inside a Devanagari word", map("\u0915\u094d\u200d\u0937")),
                arguments("a zero-width space between Thai words", map("\u0e20\u0e32\u0e29\u0e32\u200b\u0e44\u0e17\u0e22")),
                arguments("a joiner inside an emoji sequence", map("Coders \ud83d\udc69\u200d\ud83d\udcbb agree.")),
                arguments("the flag of England, made of tag characters", map(
                        "\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc65\udb40\udc6e\udb40\udc67\udb40\udc7f")),
                arguments("tab and line breaks in a block", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: |
                              One line.
                              Another\tline.
                        """),
                arguments("escaped tab and line feed in a double-quoted value", map("\"One\\tline.\\nAnother.\"")),
                arguments("a byte order mark at the start of the file", "\ufeff" + map("T.")),
                arguments("a backslash that is no escape, outside double quotes", map("'C:\\u202e is a folder'")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validMaps")
    void ordinaryTextHasNoFinding(String name, String yaml) {
        TESTER.assertValid(yaml);
    }

    static Stream<Arguments> invalidMaps() {
        return Stream.of(
                arguments("a right-to-left override in a text", map("Trust \u202elive"),
                        List.of(at(5, 17, "U+202E RIGHT-TO-LEFT OVERRIDE", "bidi control"))),
                arguments("an override written as a YAML escape", map("\"Trust \\u202Elive\""),
                        List.of(at(5, 18, "U+202E", "written as an escape", "bidi control"))),
                arguments("isolates and embeddings", map("a\u2066b\u2069 c\u202ad\u202c"),
                        List.of(at(5, 12, "U+2066"), at(5, 14, "U+2069"), at(5, 17, "U+202A"), at(5, 19, "U+202C"))),
                arguments("a zero-width space inside a Latin word", map("dis\u200btrust"),
                        List.of(at(5, 14, "U+200B ZERO WIDTH SPACE", "invisible"))),
                arguments("a joiner between Latin letters", map("dis\u200dtrust"),
                        List.of(at(5, 14, "U+200D", "invisible"))),
                arguments("a soft hyphen and a byte order mark inside a text", map("dis\u00adtrust\ufeff"),
                        List.of(at(5, 14, "U+00AD SOFT HYPHEN"), at(5, 20, "U+FEFF"))),
                arguments("tag characters outside a flag", map("hi\udb40\udc41\udb40\udc42"),
                        List.of(at(5, 13, "U+E0041"), at(5, 14, "U+E0042"))),
                arguments("escape, bell and carriage return written as YAML escapes", map("\"a\\e[2J\\a\\rb\""),
                        List.of(at(5, 13, "U+001B ESCAPE", "control character"), at(5, 18, "U+0007"),
                                at(5, 20, "U+000D"))),
                arguments("an override in a reference, a tag and a note", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                            tags: ["x\\u202e"]
                            note: "\\u2067n"
                          reason:
                            text: R.
                            supports: "the\\u202esis"
                        """, List.of(at(6, 14, "U+202E"), at(7, 12, "U+2067"), at(10, 19, "U+202E"))),
                arguments("a character after an emoji counts as one column", map("\ud83d\ude00 \u202ex"),
                        List.of(at(5, 13, "U+202E"))),
                arguments("an override in a comment", """
                        argmap: 1
                        # looks harmless \u202e
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                        """, List.of(at(2, 18, "U+202E"))),
                arguments("a line on a CR-only file", "argmap: 1\rstatements:\r  thesis:\r    kind: thesis\r    text: a\u200bb\r",
                        List.of(at(5, 12, "U+200B"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidMaps")
    void hiddenCharacterIsReportedWhereItIsWritten(String name, String yaml, List<Expected> expected) {
        TESTER.assertInvalid(yaml, expected);
    }

    @Test
    void withoutTheMapsTextNothingIsReported() {
        var map = new MapLoader().load(RuleTester.FILE, map("Trust \u202elive")).map().orElseThrow();
        assertEquals(List.of(), new InvisibleCharacterRule().check(CheckContext.of(map)));
    }

    @Test
    void theFindingSpansTheEscapeAsWritten() {
        List<Diagnostic> found = TESTER.run(map("\"a\\u202Eb\""));
        assertEquals(1, found.size());
        assertEquals(Optional.of(19), Optional.of(found.get(0).location().endColumn()));
    }
}
