package org.argmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EvaluationTextReportTest {

    private static final String PERSPECTIVES = """
            argmap: 1
            title: Grouping
            perspectives:
              later:
                label: Declared first
              earlier:
                label: Declared second
              empty:
                label: Nobody here
            statements:
              loose:
                text: No perspective.
                supports: main
              in-earlier:
                perspective: earlier
                text: In the second perspective.
                supports: main
              main:
                kind: thesis
                text: The thesis.
              in-later:
                perspective: later
                text: In the first perspective.
                attacks: main
            arguments:
              pair:
                kind: support
                premises: [loose, in-earlier]
                conclusion: main
            """;

    private static String block(String yaml) {
        return new EvaluationTextReport().block(EvaluatedMaps.evaluate("m.yaml", yaml));
    }

    /** The first word of every line indented by two spaces: the ids, in the order shown. */
    private static List<String> ids(String block) {
        List<String> ids = new ArrayList<>();
        for (String line : block.split("\n")) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                ids.add(line.strip().split(" +")[0]);
            }
        }
        return ids;
    }

    private static String line(String block, String startingWith) {
        return block.lines().filter(l -> l.startsWith(startingWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + startingWith + "' in\n" + block));
    }

    @Test
    void thesisComesFirstThenTheMapsOrderStatementsWithoutPerspectiveThenPerspectivesAsDeclaredThenArguments() {
        String block = block(PERSPECTIVES);
        assertEquals(List.of("main", "loose", "in-later", "in-earlier", "pair"), ids(block));
        List<String> headings = block.lines().filter(l -> !l.isEmpty() && !l.startsWith(" ")).toList();
        assertEquals(List.of("m.yaml", "Grouping", headings.get(2), headings.get(3), "Thesis",
                EvaluationTextReport.NO_PERSPECTIVE, "Perspective: Declared first", "Perspective: Declared second",
                "Arguments", headings.get(9)), headings, block);
        assertTrue(headings.get(2).startsWith("id ") && headings.get(3).startsWith("---"), block);
        assertTrue(!block.contains("Nobody here"), "a perspective with no statement gets no heading:\n" + block);
    }

    @Test
    void reconstructedStatementsAndQualifiersAreMarkedInTheTitleColumnNotTheKindOrLabel() {
        String block = block("""
                argmap: 1
                statements:
                  thesis:
                    kind: thesis
                    text: Crackdown.
                    qualifier: {quote: almost certainly}
                  warrant:
                    text: Timing.
                    implicit: true
                    supports: thesis
                """);
        assertTrue(line(block, "  thesis").matches("  thesis +thesis +accepted +[0-9.]+  \\(\u201calmost certainly\u201d\\) Crackdown\\."),
                block);
        assertTrue(line(block, "  warrant").matches("  warrant +premise +accepted +[0-9.]+  \\[reconstructed\\] Timing\\."),
                block);
    }

    @Test
    void mapWithoutPerspectivesListsItsOtherStatementsUnderOneHeading() {
        String block = block(EvaluatedMaps.ATTACKED_THESIS);
        assertTrue(block.contains("\nThesis\n  thesis ") && block.contains("\nStatements\n  objection "), block);
        assertTrue(!block.contains(EvaluationTextReport.NO_PERSPECTIVE), block);
    }

    @Test
    void columnsLineUpUnderTheirHeaders() {
        String block = block(PERSPECTIVES);
        String header = line(block, "id ");
        int kind = header.indexOf("kind");
        int label = header.indexOf("label");
        int strengthEnd = header.indexOf("strength") + "strength".length();
        int title = header.indexOf("title");
        for (String row : List.of(line(block, "  main"), line(block, "  in-later"), line(block, "  pair"))) {
            assertEquals(' ', row.charAt(kind - 1), row);
            assertTrue(Character.isLetter(row.charAt(kind)), row);
            assertTrue(row.startsWith("accepted", label) || row.startsWith("rejected", label)
                    || row.startsWith("undecided", label), row);
            assertTrue(row.substring(0, strengthEnd).matches(".* [01]\\.\\d{3}"), row);
            assertTrue(Character.isLetter(row.charAt(title)), row);
        }
        assertTrue(line(block, "  pair").contains(" support "), block);
        assertTrue(line(block, "  pair").endsWith("loose + in-earlier -> main"), block);
    }

    @Test
    void handComputedStrengthsShowWithThreeDecimals() {
        String block = block(EvaluatedMaps.ATTACKED_THESIS);
        // thesis: 0.5 - 0.5 * 0.5 = 0.25; the objection keeps its weight
        assertTrue(line(block, "  thesis").matches("  thesis +thesis +rejected +0\\.250  The thesis\\."), block);
        assertTrue(line(block, "  objection").matches("  objection +counterpoint +accepted +0\\.500  An objection\\."),
                block);
    }

    @Test
    void strengthsUseADecimalPointWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("0.250", EvaluationTextReport.strength(0.25));
            assertEquals("0.333", EvaluationTextReport.strength(1.0 / 3));
            assertEquals("1.000", EvaluationTextReport.strength(1.0));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void strengthsThatDidNotConvergeAreNotShownAsNumbers() {
        String block = block(EvaluatedMaps.SWINGING_CYCLE);
        for (String id : List.of("t", "p", "q")) {
            String row = line(block, "  " + id + " ");
            assertTrue(row.contains(EvaluationTextReport.NOT_CONVERGED), row);
            assertTrue(!row.matches(".*\\d\\.\\d.*"), row);
        }
        assertTrue(block.endsWith("3 statements: 1 accepted, 0 rejected, 2 undecided\n"
                + "strengths did not converge in 1000 rounds, so none is shown\n"), block);
    }

    @Test
    void countsCloseTheBlock() {
        assertTrue(block(PERSPECTIVES).endsWith("\n4 statements and 1 argument: 4 accepted, 1 rejected, 0 undecided\n"),
                block(PERSPECTIVES));
    }

    @Test
    void longTitlesWrapAtSpacesWithinTheWidthAndVeryLongOnesAreCut() {
        String words = "word ".repeat(60).strip();
        String block = new EvaluationTextReport(60).block(EvaluatedMaps.evaluate("m.yaml", """
                argmap: 1
                title: %s
                statements:
                  t:
                    kind: thesis
                    text: Short.
                  long:
                    text: |
                      %s
                      last
                    attacks: t
                """.formatted(words, words)));
        block.lines().skip(1).forEach(l -> assertTrue(l.length() <= 60, l));
        String map = block.lines().skip(1).takeWhile(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b).orElseThrow();
        assertEquals(words, map, "the map's title is wrapped, never cut");
        List<String> rows = block.lines().dropWhile(l -> !l.startsWith("  long")).takeWhile(l -> !l.isEmpty()).toList();
        assertEquals(EvaluationTextReport.MAX_TITLE_LINES, rows.size(), block);
        assertTrue(rows.get(rows.size() - 1).endsWith("word..."), block);
        assertTrue(!block.contains("last"), block);
    }

    @Test
    void anIdTooLongForItsColumnStandsOnALineOfItsOwn() {
        String longId = "a-rather-long-identifier-for-a-statement";
        String block = block("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                  %s:
                    text: Long.
                    supports: t
                """.formatted(longId));
        List<String> lines = block.lines().toList();
        int at = lines.indexOf("  " + longId);
        assertTrue(at > 0, block);
        assertTrue(lines.get(at + 1).matches(" +premise +accepted +0\\.500  Long\\."), block);
    }

    @Test
    void severalMapsAreBlocksHeadedByTheirFilesAndSeparatedByABlankLine() {
        EvaluatedMap first = EvaluatedMaps.evaluate("maps/one.yaml", EvaluatedMaps.ATTACKED_THESIS);
        EvaluatedMap second = EvaluatedMaps.evaluate("maps/two.yaml", PERSPECTIVES);
        EvaluationTextReport report = new EvaluationTextReport();
        String both = report.report(List.of(first, second));
        assertEquals(report.block(first) + "\n" + report.block(second), both);
        assertTrue(both.startsWith("maps/one.yaml\n\n"), both);
        assertTrue(report.block(second).startsWith("maps/two.yaml\nGrouping\n\n"), both);
    }

    @Test
    void wrapBreaksAWordLongerThanTheColumn() {
        assertEquals(List.of("ab", "abcde", "fghij", "k cd"), EvaluationTextReport.wrap("ab abcdefghijk cd", 5, 10));
        assertEquals(List.of("one", "two..."), EvaluationTextReport.wrap("one two three", 6, 2));
        assertEquals(List.of(""), EvaluationTextReport.wrap("  ", 5, 2));
        assertEquals(List.of("信任很深", "信任很深"), EvaluationTextReport.wrap("信任很深信任很深", 8, 3),
                "a Chinese character takes two of the title's columns");
        assertEquals(List.of("信任很深", "信任..."), EvaluationTextReport.wrap("信任很深信任很深信任", 8, 2));
    }

    @Test
    void aTableNarrowerThanFortyColumnsIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new EvaluationTextReport(39));
    }
}
