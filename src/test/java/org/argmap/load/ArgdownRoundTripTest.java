package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluator;
import org.argmap.export.ArgdownWriter;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argdown out and in, through the real Argdown CLI 1.7.5: what the writer makes parses with no
 * error, and reading it back gives the map that was written, field for field.
 */
class ArgdownRoundTripTest {

    static final Path ESSAY = Path.of("maps/st-petersburg-bombing.yaml");

    /** Text that Argdown's parser would change if it were written as it is. */
    static final String AWKWARD = """
            argmap: 1
            title: "Awkward: _under_ *star* #tag [x] {y} <z> @me"
            source:
              title: "A source: with :colons: and // slashes"
              url: https://example.org/a_b?c=*d*#frag
              date: "2004-09-01"
            perspectives:
              side-a:
                label: "Side #1 [a]"
                description: "holds *this* // and that"
            statements:
              main:
                kind: thesis
                title: "Main [claim] {x}"
                text: "See https://example.org/x_y//z and http://a.b/c/*d*/ for :smile: and .~. and #hashtag #(two words)"
                tags: [first, "second one"]
                qualifier: {quote: "almost *certainly*"}
                quote: ["a quote with \\\\ backslash", "and <angle> brackets"]
              reason:
                perspective: side-a
                text: |-
                  Two lines:
                  the second with	a tab, @mention, [Title], <Arg>, {data: 1} and 100% of "quotes" 'single'.
                supports: main
                weight: 0.75
                note: "a note: with :emoji: and ü, 中文, 🎉"
                implicit: true
              objection:
                text: "*Bold* claim__with__underscores, a \\\\ backslash at the end \\\\"
                attacks: main
                qualifier: maybe
              answer:
                text: "... ellipsis at start; 3.14.15 numbers; a:b:c; trailing colon:"
                attacks: [objection, link]
                question: [q1]
              premise-a:
                text: "Premise A /* not a comment */ end"
              premise-b:
                text: "Premise B -> not a relation +> nor this <- nor that"
            arguments:
              link:
                kind: support
                premises: [premise-a, premise-b]
                conclusion: main
                scheme: "expert-opinion"
                note: "why: these two"
                quote: ["together"]
              counter:
                kind: attack
                premises: [premise-b]
                conclusion: link
                question: [backing]
            expect:
              accepted: [main]
              undecided: [objection]
            render:
              direction: TB
              labels: title
              wrap: 30
              theme: dark
              evaluate: true
            """;

    static final String SMALL = """
            argmap: 1
            statements:
              t:
                kind: thesis
                text: The thesis.
              p:
                text: A reason.
                supports: t
            """;

    static final String ATTACK_ARGUMENT = """
            argmap: 1
            statements:
              t:
                kind: thesis
                text: The thesis.
              a:
                text: One.
              b:
                text: Two.
              c:
                text: Three.
                supports: t
            arguments:
              against:
                kind: attack
                premises: [a, b]
                conclusion: t
              for-c:
                kind: support
                premises: [a]
                conclusion: against
            """;

    static Map<String, String> maps() throws IOException {
        Map<String, String> maps = new LinkedHashMap<>();
        maps.put("essay", Files.readString(ESSAY, StandardCharsets.UTF_8));
        maps.put("awkward", AWKWARD);
        maps.put("small", SMALL);
        maps.put("attack-argument", ATTACK_ARGUMENT);
        return maps;
    }

    static ArgumentMap load(String name, String yaml) {
        LoadResult loaded = new MapLoader().load(name + ".yaml", yaml);
        assertFalse(loaded.hasErrors(), () -> name + ": " + loaded.diagnostics());
        return loaded.map().orElseThrow();
    }

    @Test
    void everyWrittenDocumentParsesInArgdownAndReadsBackAsTheSameMap(@TempDir Path dir) throws Exception {
        ArgdownCli cli = ArgdownTool.require();
        for (Map.Entry<String, String> entry : maps().entrySet()) {
            ArgumentMap map = load(entry.getKey(), entry.getValue());
            Path document = dir.resolve(entry.getKey() + ".argdown");
            Files.writeString(document, ArgdownWriter.write(map), StandardCharsets.UTF_8);
            // a syntax error makes Argdown refuse the JSON export, which json() reports as an exception
            ArgdownImporter.Imported back = ArgdownImporter.importFile(document, Optional.of(cli), Optional.empty());
            assertSameFields(entry.getKey(), map, back.map());
        }
    }

    @Test
    void theEssayMapsEvaluationIsIdenticalAfterTheRoundTrip(@TempDir Path dir) throws Exception {
        ArgdownCli cli = ArgdownTool.require();
        ArgumentMap essay = load("essay", Files.readString(ESSAY, StandardCharsets.UTF_8));
        Path document = dir.resolve("essay.argdown");
        Files.writeString(document, ArgdownWriter.write(essay), StandardCharsets.UTF_8);
        ArgumentMap back = ArgdownImporter.importFile(document, Optional.of(cli), Optional.empty()).map();
        assertEquals(new Evaluator().evaluate(essay), new Evaluator().evaluate(back));
        assertEquals(List.of(), errors(back));
    }

    /**
     * Argdown's own documents: each one Argdown parses must import to a map with no error finding,
     * or be refused with a message. Prints the pass rate.
     */
    @Test
    void argdownsOwnDocumentsImportToMapsThatCheck() throws Exception {
        Path corpus = Path.of("../shared/corpora/argdown");
        assumeTrue(Files.isDirectory(corpus), "SKIPPED: " + corpus + " is absent (Argdown's documents are not "
                + "part of the repository)");
        ArgdownCli cli = ArgdownTool.require();
        List<Path> documents;
        try (Stream<Path> files = Files.list(corpus)) {
            documents = files.filter(f -> f.toString().endsWith(".argdown")).sorted().toList();
        }
        int parsed = 0;
        int passed = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        for (Path document : documents) {
            String json;
            try {
                json = cli.json(document);
            } catch (ArgdownImportException argdownRejects) {
                continue;
            }
            parsed++;
            try {
                ArgdownImporter.Imported imported = ArgdownImporter.fromJson(document.toString(), json,
                        ArgdownImporter.frontMatter(Files.readString(document, StandardCharsets.UTF_8)),
                        Optional.empty());
                List<Diagnostic> errors = errors(imported.map());
                if (errors.isEmpty()) {
                    passed++;
                } else {
                    failures.add(document.getFileName() + ": " + errors);
                }
            } catch (ArgdownImportException e) {
                assertFalse(e.getMessage().isBlank());
                refused++;
            }
        }
        System.out.printf("Argdown corpus: %d documents, %d parsed by Argdown, %d imported and checked with no error, "
                + "%d refused with a message%n", documents.size(), parsed, passed, refused);
        assertTrue(parsed > 0, "Argdown parsed none of the corpus");
        assertEquals(List.of(), failures);
    }

    static List<Diagnostic> errors(ArgumentMap map) {
        return Checker.withDefaults().check(CheckContext.of(map)).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** Compares two maps field by field, ignoring where things were written. */
    static void assertSameFields(String name, ArgumentMap expected, ArgumentMap actual) {
        assertEquals(strip(expected.title()), strip(actual.title()), name + ": title");
        assertEquals(strip(expected.source()), strip(actual.source()), name + ": source");
        assertEquals(strip(expected.perspectives()), strip(actual.perspectives()), name + ": perspectives");
        assertEquals(List.copyOf(expected.statements().keySet()), List.copyOf(actual.statements().keySet()),
                name + ": statement ids");
        expected.statements().forEach((id, statement) ->
                assertEquals(strip(statement), strip(actual.statements().get(id)), name + ": statement " + id));
        assertEquals(List.copyOf(expected.arguments().keySet()), List.copyOf(actual.arguments().keySet()),
                name + ": argument ids");
        expected.arguments().forEach((id, argument) ->
                assertEquals(strip(argument), strip(actual.arguments().get(id)), name + ": argument " + id));
        assertEquals(strip(expected.expect()), strip(actual.expect()), name + ": expect");
        assertEquals(strip(expected.render()), strip(actual.render()), name + ": render");
    }

    /** A value's text with every location (file:line:column) left out. */
    static String strip(Object value) {
        return String.valueOf(value).replaceAll("[\\w./-]+\\.(yaml|argdown):\\d+:\\d+", "@");
    }
}
