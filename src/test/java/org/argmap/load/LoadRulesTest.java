package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.junit.jupiter.api.Test;

class LoadRulesTest {

    @Test
    void listsYamlSyntaxThenSchemaAsAlwaysOnErrors() {
        assertEquals(List.of("yaml-syntax", "schema"), LoadRules.all().stream().map(RuleInfo::id).toList());
        for (RuleInfo rule : LoadRules.all()) {
            assertEquals(Severity.ERROR, rule.defaultSeverity());
            assertTrue(rule.enabledByDefault());
        }
    }

    /** Every id the loader reports is either its own or duplicate-id, which belongs to the check rules. */
    @Test
    void coversTheIdsTheLoaderReports() {
        MapLoader loader = new MapLoader();
        Set<String> reported = Stream.of(
                        loader.load("a.yaml", "argmap: 1\nstatements: [unclosed\n"),
                        loader.load("b.yaml", "argmap: 1\nstatements:\n  x:\n    txet: typo\n"),
                        loader.load("c.yaml", "argmap: 1\nstatements:\n  x: {text: a}\n  x: {text: b}\n"),
                        loader.load("d.yaml", new byte[] {(byte) 0xff, (byte) 0xfe, 0}))
                .flatMap(result -> result.diagnostics().stream())
                .map(Diagnostic::rule)
                .collect(Collectors.toSet());
        Set<String> own = LoadRules.all().stream().map(RuleInfo::id).collect(Collectors.toSet());
        assertTrue(reported.containsAll(own), "each loader rule is reported by some input: " + reported);
        reported.removeAll(own);
        assertEquals(Set.of("duplicate-id"), reported);
    }

    @Test
    void helpIsAFullSentence() {
        for (RuleInfo rule : LoadRules.all()) {
            assertTrue(rule.help().endsWith("."), rule::help);
            assertFalse(rule.summary().endsWith("."), rule::summary);
        }
    }
}
