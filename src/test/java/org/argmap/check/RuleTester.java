package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.LoadResult;
import org.argmap.load.BuiltInSchemes;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;

/**
 * Runs one rule on maps written as YAML snippets, loaded through the real loader, and checks
 * what every rule promises: its own id, its default severity, the map's file, sorted findings.
 */
final class RuleTester {

    static final String FILE = "map.yaml";

    /** One expected finding: where it is, and words its message or hint must contain. */
    record Expected(int line, int column, List<String> words) {
        static Expected at(int line, int column, String... words) {
            return new Expected(line, column, Arrays.asList(words));
        }
    }

    private final Rule rule;

    RuleTester(Rule rule) {
        this.rule = rule;
    }

    /** Loads a snippet that must load without loader errors, and runs the rule on it. */
    List<Diagnostic> run(String yaml) {
        return run(yaml, Optional.empty());
    }

    List<Diagnostic> run(String yaml, Optional<SourceText> source) {
        LoadResult loaded = new MapLoader().load(FILE, yaml);
        if (loaded.hasErrors()) {
            fail("the test map does not load cleanly:\n" + describe(loaded.diagnostics()));
        }
        return runOn(loaded, source);
    }

    /** Runs the rule on a snippet the loader reports errors for but still gives a map. */
    List<Diagnostic> runDespiteLoaderErrors(String yaml) {
        LoadResult loaded = new MapLoader().load(FILE, yaml);
        assertTrue(loaded.hasErrors(), "expected the loader to report an error for this map");
        return runOn(loaded, Optional.empty());
    }

    private List<Diagnostic> runOn(LoadResult loaded, Optional<SourceText> source) {
        ArgumentMap map = loaded.map().orElseThrow(() -> new AssertionError("the loader gave no map"));
        CheckContext context = new CheckContext(map, source, Optional.of(loaded.content()))
                .withSchemes(BuiltInSchemes.catalogue());
        if (rule.needsEvaluation(context)) {
            context = context.withEvaluation(new Evaluator().evaluate(map));
        }
        List<Diagnostic> found = new ArrayList<>(rule.check(context));
        for (Diagnostic diagnostic : found) {
            assertEquals(rule.id(), diagnostic.rule(), "rule id of " + diagnostic);
            assertEquals(rule.defaultSeverity(), diagnostic.severity(), "severity of " + diagnostic);
            assertEquals(FILE, diagnostic.location().file(), "file of " + diagnostic);
            assertTrue(!diagnostic.message().contains("\n"), "message on one line: " + diagnostic.message());
        }
        found.sort(Diagnostic.BY_POSITION);
        return found;
    }

    void assertValid(String yaml) {
        assertValid(yaml, Optional.empty());
    }

    void assertValid(String yaml, Optional<SourceText> source) {
        List<Diagnostic> found = run(yaml, source);
        assertTrue(found.isEmpty(), "expected no finding, got:\n" + describe(found));
    }

    void assertInvalid(String yaml, List<Expected> expected) {
        assertInvalid(yaml, Optional.empty(), expected);
    }

    void assertInvalid(String yaml, Optional<SourceText> source, List<Expected> expected) {
        assertMatches(expected, run(yaml, source));
    }

    static void assertMatches(List<Expected> expected, List<Diagnostic> found) {
        assertEquals(expected.size(), found.size(), "number of findings; got:\n" + describe(found));
        for (int i = 0; i < expected.size(); i++) {
            Expected want = expected.get(i);
            Diagnostic got = found.get(i);
            assertEquals(want.line() + ":" + want.column(), got.location().line() + ":" + got.location().column(),
                    "position of finding " + (i + 1) + ": " + describe(List.of(got)));
            String said = got.message() + "\n" + got.hint().orElse("");
            for (String word : want.words()) {
                assertTrue(said.contains(word), "finding " + (i + 1) + " should mention \"" + word + "\": " + said);
            }
        }
    }

    static String describe(List<Diagnostic> diagnostics) {
        return diagnostics.stream()
                .map(d -> "  " + d.location() + ": " + d.severity().word() + "[" + d.rule() + "]: " + d.message()
                        + d.hint().map(h -> " (" + h + ")").orElse(""))
                .collect(Collectors.joining("\n"));
    }
}
