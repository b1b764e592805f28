package org.argmap.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.argmap.text.Characters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Characters are written as Java escapes, so this file holds none of them raw. */
class PrintableTextTest {

    static Stream<Arguments> escaped() {
        return Stream.of(
                arguments("ESC starting a title sequence", "a\u001b]0;pwned\u0007b", "a\\x1b]0;pwned\\x07b"),
                arguments("line breaks and tab", "one\ntwo\r\nthree\tfour", "one\\ntwo\\r\\nthree\\tfour"),
                arguments("NUL, DEL and a C1 control", "\u0000\u007f\u009b", "\\x00\\x7f\\x9b"),
                arguments("next line, line and paragraph separators", "a\u0085b\u2028c\u2029d", "a\\x85b\\u2028c\\u2029d"),
                arguments("bidi override, isolates and marks", "\u202eevil\u2066x\u2069\u200e\u200f\u061c",
                        "\\u202eevil\\u2066x\\u2069\\u200e\\u200f\\u061c"),
                arguments("zero-width space, soft hyphen, byte order mark", "dis\u200btr\u00adust\ufeff",
                        "dis\\u200btr\\u00adust\\ufeff"),
                arguments("a tag character above U+FFFF", "hi\udb40\udc41", "hi\\U000e0041"),
                arguments("a lone surrogate", "x\ud800y", "x\\ud800y"),
                arguments("a backslash that could read as an escape", "C:\\new\\x1b\\\\", "C:\\\\new\\\\x1b\\\\\\"),
                arguments("a backslash before an escaped character", "a\\\u001b", "a\\\\\\x1b"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("escaped")
    void controlAndHiddenCharactersAreShownAsEscapes(String name, String text, String printed) {
        assertEquals(printed, PrintableText.line(text));
    }

    @Test
    void ordinaryTextIsPrintedAsItIs() {
        String text = "Trust \u00e9t\u00e9 \u0627\u0644\u062b\u0642\u0629 \u05d0\u05de\u05d5\u05e0\u05d4 \u4fe1\u4efb"
                + " \ud83d\udc69\u200d\ud83d\udcbb \u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 maps\\st-petersburg.yaml 100%";
        assertSame(text, PrintableText.line(text));
    }

    @Test
    void noPrintedLineHoldsAControlOrBidiCharacter() {
        StringBuilder everything = new StringBuilder();
        IntStream.rangeClosed(0, 0x3000).forEach(everything::appendCodePoint);
        String printed = PrintableText.line(everything.toString());
        printed.codePoints().forEach(c -> assertTrue(c >= 0x20 && c != 0x7f && !(c >= 0x80 && c <= 0x9f)
                && !Characters.isBidiControl(c) && !Characters.isLineSeparator(c) && !Characters.isInvisible(c),
                () -> "printed raw: U+" + Integer.toHexString(c)));
    }

    @Test
    void everyEscapeReadsBackAsTheCharacterAndEveryOtherBackslashAsItself() {
        String text = "\\\\n \\ x \\\u001b \\u202e \u202e \\\\ \\q \\";
        assertEquals(text, readBack(PrintableText.line(text)));
    }

    /** The reading the documentation promises: {@code \\}, the escapes, any other backslash as itself. */
    private static String readBack(String printed) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < printed.length()) {
            char c = printed.charAt(i);
            char next = i + 1 < printed.length() ? printed.charAt(i + 1) : 0;
            int digits = next == 'x' ? 2 : next == 'u' ? 4 : next == 'U' ? 8 : 0;
            if (c != '\\' || next == 0) {
                out.append(c);
                i++;
            } else if (next == '\\' || next == 'n' || next == 'r' || next == 't') {
                out.append(next == '\\' ? '\\' : next == 'n' ? '\n' : next == 'r' ? '\r' : '\t');
                i += 2;
            } else if (digits > 0) {
                out.appendCodePoint(Integer.parseInt(printed.substring(i + 2, i + 2 + digits), 16));
                i += 2 + digits;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
