package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.load.LoadLimits;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md promises only what the tests prove: every test class it names exists, and its
 * table of limits states the limits the code enforces.
 */
class SecurityDocTest {

    private static final Path DOC = Path.of("docs/security.md");
    private static final int MIB = 1024 * 1024;

    private static String doc() throws IOException {
        return Files.readString(DOC);
    }

    @Test
    void everyTestClassThePageNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        Matcher m = Pattern.compile("`([A-Z][A-Za-z0-9]*Test)`").matcher(doc());
        while (m.find()) {
            named.add(m.group(1));
        }
        assertTrue(named.size() >= 10, "the page names the tests that prove it: " + named);
        Set<String> existing;
        try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
            existing = files.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
        List<String> missing = new ArrayList<>(named);
        missing.removeAll(existing);
        assertTrue(missing.isEmpty(), "docs/security.md names tests that do not exist: " + missing);
    }

    @Test
    void theTableOfLimitsStatesTheLimitsTheCodeEnforces() throws IOException {
        String limits = section(doc(), "## Limits");
        LoadLimits defaults = LoadLimits.DEFAULT;
        assertRow(limits, "map or `argmap.yaml` size", defaults.maxBytes() / MIB + " MiB");
        assertRow(limits, "YAML nesting", defaults.maxNestingDepth() + " levels");
        assertRow(limits, "one value", String.format("%,d characters", defaults.maxScalarLength()));
        assertRow(limits, "source text size", String.format("%d MiB (%,d bytes)",
                LoadLimits.MAX_SOURCE_TEXT_BYTES / MIB, LoadLimits.MAX_SOURCE_TEXT_BYTES));
        assertRow(limits, "time per map", TimeBudget.DEFAULT_SECONDS + " s");
        assertRow(limits, "time per map", "is stopped at it");
        assertRow(limits, "did-you-mean hints", DidYouMean.DEFAULT_BUDGET / 1_000_000 + " million");
    }

    private static void assertRow(String table, String first, String value) {
        String row = table.lines().filter(line -> line.startsWith("| " + first + " |")).findFirst().orElse("");
        assertTrue(row.contains(value), () -> "the row '" + first + "' should say " + value + ": " + row);
    }

    private static String section(String text, String heading) {
        int start = text.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "docs/security.md has a section " + heading);
        int end = text.indexOf("\n## ", start + heading.length() + 1);
        return end < 0 ? text.substring(start) : text.substring(start, end);
    }
}
