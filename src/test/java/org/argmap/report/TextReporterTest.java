package org.argmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.argmap.text.DisplayWidth;
import org.junit.jupiter.api.Test;

class TextReporterTest {

    private static final String FILE = "maps/essay.yaml";
    private static final String MAP = """
            argmap: 1
            statements:
              distrust:
                supports: distrst
            \tnote: tabbed
            """;

    /** Compares with a golden file; {@code -Dargmap.updateGolden=true} rewrites it instead. */
    static void assertGolden(String name, String actual) throws IOException {
        Path golden = Path.of("src/test/resources/golden", name);
        if (Boolean.getBoolean("argmap.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @Test
    void findingsPrintLikeACompiler() throws IOException {
        List<Diagnostic> findings = List.of(
                Diagnostic.error("dangling-reference", Location.span(FILE, 4, 15, 7),
                        "'distrst' is not a statement or argument of this map", "did you mean 'distrust'?"),
                new Diagnostic("unused-perspective", Severity.WARNING, Location.span(FILE, 5, 2, 4),
                        "something on a tabbed line", Optional.empty()),
                Diagnostic.error("yaml-syntax", Location.at("other.yaml", 1, 1), "the file is not UTF-8 text",
                        "save the map as UTF-8"));
        String text = new TextReporter(Map.of(FILE, MAP)).format(findings);
        assertGolden("text-report.txt", text);
    }

    @Test
    void reportIsTheFindingsThenTheTallyLine() throws IOException {
        TextReporter reporter = new TextReporter(SampleResults.CONTENTS);
        String report = reporter.report(SampleResults.RESULTS);
        assertEquals(reporter.format(SampleResults.FINDINGS) + "2 maps checked: 2 errors, 1 warning, 1 note\n", report);
        assertGolden("two-maps.txt", report);
    }

    @Test
    void tallySaysWhenWarningsMadeAMapFail() {
        CheckResults strict = new CheckResults(SampleResults.RESULTS.maps(), SampleResults.FINDINGS, true);
        assertEquals("2 maps checked: 2 errors, 1 warning, 1 note (strict: warnings fail)", TextReporter.tally(strict));
        assertEquals("2 maps checked: 2 errors, 1 warning, 1 note", TextReporter.tally(SampleResults.RESULTS));
    }

    @Test
    void theSpecExampleComesOutExactly() {
        String line = "    supports: distrst";
        String content = "\n".repeat(41) + line + "\n";
        Diagnostic d = Diagnostic.error("dangling-reference", Location.span(FILE, 42, 15, 7),
                "'distrst' is not a statement or argument of this map", "did you mean 'distrust'?");
        assertEquals("""
                maps/essay.yaml:42:15: error[dangling-reference]: 'distrst' is not a statement or argument of this map
                   42 |     supports: distrst
                      |               ^^^^^^^ did you mean 'distrust'?
                """, new TextReporter(Map.of(FILE, content)).format(d));
    }

    @Test
    void longLinesAreShownAsAWindowWithTheCaretStillUnderTheValue() {
        String line = "x".repeat(300) + "BAD" + "y".repeat(300);
        Diagnostic d = Diagnostic.error("schema", Location.span(FILE, 1, 301, 3), "bad", null);
        String[] lines = new TextReporter(Map.of(FILE, line)).format(d).split("\n");
        int caret = lines[2].indexOf('^');
        assertEquals("BAD", lines[1].substring(caret, caret + 3));
    }

    @Test
    void aFileWithCrLineEndsShowsItsSourceLine() {
        String content = "argmap: 1\rstatements:\r  t:\r    supports: nope\r";
        Diagnostic d = Diagnostic.error("dangling-reference", Location.span(FILE, 4, 15, 4), "'nope' is unknown", "fix it");
        assertEquals("""
                maps/essay.yaml:4:15: error[dangling-reference]: 'nope' is unknown
                    4 |     supports: nope
                      |               ^^^^ fix it
                """, new TextReporter(Map.of(FILE, content)).format(d));
    }

    @Test
    void linesBreakWhereTheYamlReaderBreaksThem() {
        String content = "a: 1\u2028b: 2\u0085c: x\n";
        Diagnostic d = Diagnostic.error("schema", Location.span(FILE, 3, 4, 1), "bad", null);
        assertEquals("    3 | c: x", new TextReporter(Map.of(FILE, content)).format(d).split("\n")[1]);
    }

    @Test
    void controlCharactersInTheFileNameMessageHintAndSourceLineArePrintedAsEscapes() {
        String file = "x\u001b]0;owned\u0007.yaml";
        Diagnostic d = Diagnostic.error("dangling-reference", Location.span(file, 1, 8, 3),
                "'a\u001b[2Jb' is unknown\n::warning file=x::owned", "did you mean '\u202eab'?");
        String printed = new TextReporter(Map.of(file, "s: \u202eab a\u001bb c")).format(d);
        assertEquals("""
                x\\x1b]0;owned\\x07.yaml:1:8: error[dangling-reference]: 'a\\x1b[2Jb' is unknown\\n::warning file=x::owned
                    1 | s: \\u202eab a\\x1bb c
                      |             ^^^^^^ did you mean '\\u202eab'?
                """, printed);
    }

    @Test
    void theCaretStaysUnderTheValueAfterAnEscapedCharacterAndAnEmoji() {
        String line = "s: \ud83d\ude00 \u200b x: target";
        Diagnostic d = Diagnostic.error("schema", Location.span(FILE, 1, 11, 6), "bad", null);
        String[] lines = new TextReporter(Map.of(FILE, line)).format(d).split("\n");
        String caretLine = lines[2].substring("      | ".length());
        String shown = lines[1].substring("    1 | ".length());
        assertEquals("s: \ud83d\ude00 \\u200b x: target", shown);
        // the emoji takes two columns, the escape six
        assertEquals(DisplayWidth.of(shown.substring(0, shown.indexOf("target"))), caretLine.indexOf('^'));
        assertEquals("^^^^^^", caretLine.substring(caretLine.indexOf('^')));
    }

    @Test
    void theCaretLandsUnderTheValueAfterChineseTextWhichTakesTwoColumnsACharacter() {
        String line = "    text: 信任很深 supports: distrst";
        Diagnostic d = Diagnostic.error("dangling-reference", Location.span(FILE, 1, 26, 7), "unknown", null);
        String printed = new TextReporter(Map.of(FILE, line)).format(d);
        assertEquals("""
                maps/essay.yaml:1:26: error[dangling-reference]: unknown
                    1 |     text: 信任很深 supports: distrst
                      |                              ^^^^^^^
                """, printed);
    }

    @Test
    void relatedLocationsFollowAsSnippetsWithTheirLabels() {
        String text = "statements:\n  distrust:\n    text: A\narguments:\n  distrust:\n    kind: support\n";
        Diagnostic d = Diagnostic.error("duplicate-id", Location.span(FILE, 5, 3, 8), "duplicate", "rename one")
                .withRelated(List.of(new Diagnostic.Related(Location.span(FILE, 2, 3, 8), "the statement with this id")));
        assertEquals("""
                maps/essay.yaml:5:3: error[duplicate-id]: duplicate
                    5 |   distrust:
                      |   ^^^^^^^^ rename one
                  --> maps/essay.yaml:2:3
                    2 |   distrust:
                      |   -------- the statement with this id
                """, new TextReporter(Map.of(FILE, text)).format(d));
    }

    @Test
    void aRelatedLocationInAFileWithoutTextIsItsPlaceAndLabel() {
        Diagnostic d = Diagnostic.error("duplicate-id", Location.at("gone.yaml", 5, 3), "duplicate")
                .withRelated(List.of(new Diagnostic.Related(Location.at("gone.yaml", 2, 3), "first written here")));
        assertEquals("""
                gone.yaml:5:3: error[duplicate-id]: duplicate
                  --> gone.yaml:2:3
                      = first written here
                """, new TextReporter(Map.of()).format(d));
    }

    @Test
    void summaryCountsBySeverity() {
        Diagnostic error = Diagnostic.error("schema", Location.at(FILE, 1, 1), "e");
        Diagnostic warning = error.withSeverity(Severity.WARNING);
        assertEquals("1 map checked: no problems", TextReporter.summary(List.of(), 1));
        assertEquals("2 maps checked: 2 errors, 1 warning", TextReporter.summary(List.of(error, error, warning), 2));
        assertEquals("1 map checked: 0 errors, 0 warnings, 1 note",
                TextReporter.summary(List.of(error.withSeverity(Severity.INFO)), 1));
    }
}
