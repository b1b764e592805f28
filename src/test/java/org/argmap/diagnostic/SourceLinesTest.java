package org.argmap.diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

    private static List<Optional<String>> lines(String text, int count) {
        int[] starts = SourceLines.starts(text);
        return IntStream.rangeClosed(1, count).mapToObj(n -> SourceLines.line(text, starts, n)).toList();
    }

    /** Line {@code number} (1-based) of {@code text} found by scanning from the top, to check {@link SourceLines#starts} against. */
    private static Optional<String> scannedLine(String text, int number) {
        int line = 1;
        int start = 0;
        int index = 0;
        while (index < text.length()) {
            int length = SourceLines.breakAt(text, index);
            if (length == 0) {
                index++;
                continue;
            }
            if (line == number) {
                return Optional.of(text.substring(start, index));
            }
            line++;
            index += length;
            start = index;
        }
        return line == number ? Optional.of(text.substring(start)) : Optional.empty();
    }

    @Test
    void everyLineEndTheYamlReaderKnowsEndsALine() {
        assertEquals(List.of(Optional.of("a"), Optional.of("b"), Optional.of("c"), Optional.of("d"), Optional.of("e"),
                        Optional.of("f"), Optional.of(""), Optional.empty()),
                lines("a\nb\r\nc\rd\u0085e\u2028f\u2029", 8));
    }

    @Test
    void aCrOnlyFileHasItsLines() {
        assertEquals(List.of(Optional.of("argmap: 1"), Optional.of("statements:"), Optional.empty()),
                lines("argmap: 1\rstatements:", 3));
    }

    @Test
    void aCrLfCountsOnce() {
        assertEquals(2, SourceLines.breakAt("a\r\nb", 1));
        assertEquals(0, SourceLines.breakAt("a\r\nb", 0));
    }

    @Test
    void lineStartsFoundOnceGiveTheSameLinesAsAScanFromTheTop() {
        String[] pieces = {"a", "bc", " ", "\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029", "\t"};
        java.util.Random random = new java.util.Random(9);
        for (int round = 0; round < 500; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            int[] starts = SourceLines.starts(t);
            for (int line = 0; line <= starts.length + 1; line++) {
                assertEquals(scannedLine(t, line), SourceLines.line(t, starts, line),
                        "line " + line + " of " + t.replace("\r", "<CR>").replace("\n", "<LF>") + " (seed 9, round " + round + ")");
            }
        }
    }
}
