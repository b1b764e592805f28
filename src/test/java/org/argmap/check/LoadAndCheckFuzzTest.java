package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.SourceLines;
import org.argmap.load.LoadResult;
import org.argmap.load.LoadRules;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;

/**
 * Fuzzes the front of the pipeline: any bytes, loaded as a map file and checked with every rule on
 * (the ones off by default too) and with a source text, so the quote rule searches too. Whatever
 * the bytes, loading and checking return findings instead of throwing, and every finding is one a
 * reporter can print: a known rule id, a message, and a position inside the file.
 *
 * <p>The seeds ({@code LoadAndCheckFuzzTestInputs/loadAndCheck/}) are the project's own maps and
 * loader fixtures; docs/fuzzing.md says how to fuzz from them. A hang shows up when fuzzing
 * (libFuzzer's {@code -timeout}), not here.
 */
class LoadAndCheckFuzzTest {

    private static final String FILE = "fuzz.yaml";
    private static final Set<String> RULE_IDS = Stream.concat(LoadRules.all().stream().map(RuleInfo::id),
            Rules.all().stream().map(Rule::id)).collect(Collectors.toUnmodifiableSet());
    private static final Checker EVERY_RULE = Checker.of(everyRuleOn());

    @FuzzTest
    void loadAndCheck(byte[] bytes) {
        LoadResult loaded = new MapLoader().load(FILE, bytes);
        List<Diagnostic> findings = new ArrayList<>(loaded.diagnostics());
        if (loaded.map().isPresent()) {
            ArgumentMap map = loaded.map().get();
            // the map's own text as its source: quotes copied from it are found, edited ones are searched for
            SourceText source = new SourceText("source.txt", loaded.content());
            // and its text, as the command line gives it, so the rules that read characters as written run too
            findings.addAll(EVERY_RULE.check(new CheckContext(map, Optional.of(source), Optional.of(loaded.content()))));
        } else {
            assertTrue(loaded.hasErrors(), "a file that gives no map says why with an error");
        }
        String text = loaded.content().isEmpty() ? lenientUtf8(bytes) : loaded.content();
        List<String> lines = lines(text);
        for (Diagnostic finding : findings) {
            assertTrue(RULE_IDS.contains(finding.rule()), () -> "unknown rule id: " + finding);
            assertFalse(finding.message().isBlank(), () -> "a finding without a message: " + finding);
            assertPositionInFile(finding, lines);
        }
    }

    private static void assertPositionInFile(Diagnostic finding, List<String> lines) {
        Location at = finding.location();
        assertEquals(FILE, at.file(), () -> "a finding about another file: " + finding);
        assertTrue(at.line() <= lines.size(), () -> "line past the end of the file (" + lines.size() + " lines): " + finding);
        int lastColumn = lines.get(at.line() - 1).length() + 1;
        assertTrue(at.column() <= lastColumn, () -> "column past the end of line " + at.line() + " (" + lastColumn
                + "): " + finding);
        assertTrue(at.endLine() <= lines.size(), () -> "span ends past the end of the file: " + finding);
    }

    /** The file's lines as the loader counts them ({@link SourceLines}). */
    private static List<String> lines(String text) {
        int[] starts = SourceLines.starts(text);
        return IntStream.rangeClosed(1, starts.length).mapToObj(n -> SourceLines.line(text, starts, n).orElseThrow()).toList();
    }

    private static String lenientUtf8(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static RuleSettings everyRuleOn() {
        RuleSettings settings = RuleSettings.DEFAULTS;
        for (Rule rule : Rules.all()) {
            settings = settings.with(rule.id(), Optional.of(rule.defaultSeverity()));
        }
        return settings;
    }
}
