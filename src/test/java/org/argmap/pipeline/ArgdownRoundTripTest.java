package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluator;
import org.argmap.export.ArgdownWriter;
import org.argmap.fixtures.ArgdownTool;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.load.interchange.ImportOptions;
import org.argmap.load.interchange.ImportReport;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argdown out and in, through the real Argdown CLI 1.7.5 and the whole import path (the YAML
 * {@code import} writes, reloaded by the real loader and checked): what the writer makes parses
 * with no error, and reading it back gives the map that was written, field for field.
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

    /**
     * The document the writer makes of the map {@code yaml}, imported as {@code argmap import} does:
     * written as YAML, reloaded and checked. Its errors are the original's (the awkward map expects
     * what it does not get), no more.
     */
    static MapImport.Result roundTrip(Path dir, String name, String yaml) throws IOException {
        Path document = dir.resolve(name + ".argdown");
        Files.writeString(document, ArgdownWriter.write(load(name, yaml)), StandardCharsets.UTF_8);
        // a syntax error makes Argdown refuse the JSON export, which the import reports as an exception
        MapImport.Result back = MapImport.run(document, Optional.of(ArgdownTool.importer()), ImportOptions.DEFAULTS,
                name + ".yaml");
        MapImport.Result original = MapImport.verify(back.format(), yaml, ImportReport.EMPTY, name + ".yaml");
        assertEquals(errors(original), errors(back), () -> name + ":\n" + back.yaml());
        return back;
    }

    private static List<String> errors(MapImport.Result result) {
        return result.findings().stream().filter(d -> d.severity() == Severity.ERROR).map(d -> d.message()).toList();
    }

    @Test
    void everyWrittenDocumentParsesInArgdownAndComesBackThroughYamlAsTheSameMap(@TempDir Path dir) throws Exception {
        for (Map.Entry<String, String> entry : maps().entrySet()) {
            ArgumentMap back = roundTrip(dir, entry.getKey(), entry.getValue()).load().map().orElseThrow();
            assertSameFields(entry.getKey(), load(entry.getKey(), entry.getValue()), back);
        }
    }

    @Test
    void theEssayMapsEvaluationIsIdenticalAfterTheRoundTrip(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(ESSAY, StandardCharsets.UTF_8);
        MapImport.Result back = roundTrip(dir, "essay", yaml);
        assertEquals(List.of(), errors(back));
        assertEquals(new Evaluator().evaluate(load("essay", yaml)), new Evaluator().evaluate(back.load().map().orElseThrow()));
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
