package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema an editor checks maps with and the loader argmap checks them with must agree: a map
 * the loader reads without findings is valid for the schema, and a map whose shape the loader
 * rejects is invalid for it. Only what a JSON Schema cannot see (duplicate keys, anchors, tags,
 * how a number was written) is the loader's alone; those cases are fixtures of their own.
 */
class MapSchemaAgreementTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    static Stream<Path> validFixtures() {
        return yamlFiles(FIXTURES.resolve("valid"));
    }

    static Stream<Path> invalidFixtures() {
        return yamlFiles(FIXTURES.resolve("invalid"));
    }

    static Stream<Path> loaderOnlyFixtures() {
        return yamlFiles(FIXTURES.resolve("loader-only"));
    }

    static Stream<Path> projectMaps() {
        return yamlFiles(Path.of("maps"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFixtures")
    void validFixtureLoadsWithoutFindingsAndIsValidForTheSchema(Path file) {
        String yaml = read(file);
        assertTrue(yaml.startsWith("# Valid"), file + " starts with a comment saying what it shows");
        MapSchemaValidator.Verdicts verdicts = MapSchemaValidator.judge(file.toString(), yaml);
        assertEquals(List.of(), verdicts.load().diagnostics(), verdicts::describe);
        assertEquals(List.of(), verdicts.schemaErrors().orElseThrow(), verdicts::describe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidFixtures")
    void invalidFixtureIsRejectedByTheLoaderAndByTheSchema(Path file) {
        String yaml = read(file);
        assertTrue(yaml.startsWith("# Invalid: "), file + " starts with a comment saying what is wrong");
        MapSchemaValidator.Verdicts verdicts = MapSchemaValidator.judge(file.toString(), yaml);
        assertFalse(verdicts.loaderReportsText(), () -> "the fault must be in the data, not the YAML text\n" + verdicts.describe());
        assertTrue(verdicts.loaderReportsSchema(), verdicts::describe);
        assertTrue(verdicts.schemaRejects(), verdicts::describe);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("loaderOnlyFixtures")
    void loaderOnlyFixtureIsRejectedByTheLoaderButNotByTheSchema(Path file) {
        String yaml = read(file);
        assertTrue(yaml.startsWith("# Loader only "), file + " starts with a comment saying what only the loader sees");
        MapSchemaValidator.Verdicts verdicts = MapSchemaValidator.judge(file.toString(), yaml);
        assertTrue(verdicts.load().hasErrors(), verdicts::describe);
        assertEquals(List.of(), verdicts.schemaErrors().orElseThrow(),
                () -> "the schema now sees this too: move the fixture to invalid/ and update docs/editor.md\n" + verdicts.describe());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projectMaps")
    void projectMapIsValidForTheLoaderAndTheSchema(Path file) {
        MapSchemaValidator.Verdicts verdicts = MapSchemaValidator.judge(file.toString(), read(file));
        assertEquals(List.of(), verdicts.load().diagnostics(), verdicts::describe);
        assertEquals(List.of(), verdicts.schemaErrors().orElseThrow(), verdicts::describe);
    }

    @Test
    void everyFixtureFolderHoldsFixtures() {
        assertTrue(validFixtures().count() > 0 && invalidFixtures().count() > 0 && loaderOnlyFixtures().count() > 0
                && projectMaps().count() > 0, "a missing folder would make the tests above pass by testing nothing");
    }

    /** A YAML example in the documentation or in another test, and where it came from. */
    record Snippet(String origin, String yaml) {
    }

    /**
     * Every YAML example in README.md and docs/, and every text block holding {@code argmap:} in
     * the other tests, whatever its purpose: where the loader finds no fault in the YAML text
     * itself, the loader and the schema must give the same verdict on the data.
     */
    @TestFactory
    Stream<DynamicTest> snippetsInDocsAndTestsGetTheSameVerdictFromLoaderAndSchema() {
        return snippets().stream().map(snippet -> DynamicTest.dynamicTest(snippet.origin(), () -> {
            MapSchemaValidator.Verdicts verdicts = MapSchemaValidator.judge("snippet.yaml", snippet.yaml());
            if (verdicts.loaderReportsText() || verdicts.schemaErrors().isEmpty()) {
                return;
            }
            assertEquals(verdicts.loaderReportsSchema(), verdicts.schemaRejects(),
                    () -> snippet.origin() + ":\n" + snippet.yaml() + "\n" + verdicts.describe());
        }));
    }

    @Test
    void snippetsComparedIncludeMapsBothAcceptAndMapsBothReject() {
        List<MapSchemaValidator.Verdicts> compared = snippets().stream()
                .map(s -> MapSchemaValidator.judge("snippet.yaml", s.yaml()))
                .filter(v -> !v.loaderReportsText() && v.schemaErrors().isPresent())
                .toList();
        assertTrue(compared.stream().anyMatch(v -> !v.loaderReportsSchema() && !v.schemaRejects()), "some accepted by both");
        assertTrue(compared.stream().anyMatch(v -> v.loaderReportsSchema() && v.schemaRejects()), "some rejected by both");
    }

    private static List<Snippet> snippets() {
        List<Snippet> found = new ArrayList<>();
        Pattern fence = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
        Stream.concat(Stream.of(Path.of("README.md")), files(Path.of("docs"), ".md")).forEach(doc -> {
            Matcher m = fence.matcher(read(doc));
            for (int n = 1; m.find(); n++) {
                found.add(new Snippet(doc + " yaml block " + n, m.group(1)));
            }
        });
        Pattern textBlock = Pattern.compile("\"\"\"[ \\t]*\\n(.*?)\"\"\"", Pattern.DOTALL);
        files(Path.of("src/test/java"), ".java").forEach(source -> {
            Matcher m = textBlock.matcher(read(source));
            for (int n = 1; m.find(); n++) {
                String yaml = javaUnicodeEscapes(m.group(1)).stripIndent().translateEscapes();
                if (yaml.contains("argmap:")) {
                    found.add(new Snippet(source.getFileName() + " text block " + n, yaml));
                }
            }
        });
        return found;
    }

    /** javac turns {@code \\uXXXX} into the character before anything else; {@code translateEscapes} does not. */
    private static String javaUnicodeEscapes(String source) {
        Matcher m = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u+([0-9a-fA-F]{4})").matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (char) Integer.parseInt(m.group(2), 16)));
        }
        return m.appendTail(out).toString();
    }

    private static Stream<Path> yamlFiles(Path dir) {
        return files(dir, ".yaml");
    }

    private static Stream<Path> files(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
