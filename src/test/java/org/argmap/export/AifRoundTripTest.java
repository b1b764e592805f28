package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.AifImport;
import org.argmap.load.AifReader;
import org.argmap.load.BuiltInSchemes;
import org.argmap.load.MapLoader;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.junit.jupiter.api.Test;

/** Map -> AIF -> map: what docs/interchange.md ("AIF") says the round trip keeps, it keeps. */
class AifRoundTripTest {

    static final Path ESSAY = Path.of("maps/st-petersburg-bombing.yaml");

    /** Undercuts by a statement and by an argument, a statement backing an argument, a one-premise argument without scheme. */
    static final String UNDERCUTS = """
            argmap: 1
            perspectives:
              critics: {label: The critics}
            statements:
              thesis:
                kind: thesis
                text: The plan works.
              cheap:
                text: It is cheap.
              fast:
                text: It is fast.
              tested:
                text: It was tested once.
                supports: thesis
              once-is-little:
                perspective: critics
                text: One test proves little.
                attacks: from-test
              lab-only:
                perspective: critics
                text: The test ran in a lab.
              lab-differs:
                perspective: critics
                text: Labs differ from the field.
              field-data:
                text: Field data agree with the lab.
                supports: lab-doubt
              expensive:
                text: It costs more than we have.
                attacks: thesis
              grant:
                text: A grant covers the cost.
                attacks: expensive
            arguments:
              cheap-and-fast:
                kind: support
                premises: [cheap, fast]
                conclusion: thesis
                scheme: practical-reasoning
              from-test:
                kind: support
                premises: [tested]
                conclusion: thesis
              lab-doubt:
                kind: attack
                premises: [lab-only, lab-differs]
                conclusion: from-test
            """;

    private final AifWriter writer = new AifWriter();
    private final AifReader reader = new AifReader();

    @Test
    void essayMapMatchesItsGoldenFile() {
        assertMatchesGolden("export/st-petersburg-bombing.aif.json", writer.write(essay()));
    }

    @Test
    void theSameMapGivesTheSameBytes() {
        assertEquals(writer.write(essay()), writer.write(essay()));
    }

    @Test
    void theEssayKeepsEveryStatementRelationArgumentUndercutSchemeAndPerspective() throws Exception {
        ArgumentMap essay = essay();
        ArgumentMap back = roundTrip(essay).map();
        assertSameArgument(essay, back);
        assertPassesCheck(back);
    }

    @Test
    void theEssaysEvaluationIsIdenticalAfterTheRoundTrip() throws Exception {
        ArgumentMap essay = essay();
        Evaluation before = new Evaluator().evaluate(essay);
        Evaluation after = new Evaluator().evaluate(roundTrip(essay).map());
        assertEquals(new TreeMap<>(before.labels()), new TreeMap<>(after.labels()));
        assertEquals(new TreeMap<>(before.strengths()), new TreeMap<>(after.strengths()));
        assertEquals(before.converged(), after.converged());
    }

    @Test
    void undercutsBackingsAndOnePremiseArgumentsComeBackAsArguments() throws Exception {
        ArgumentMap map = new MapLoader().load("undercuts.yaml", UNDERCUTS).map().orElseThrow();
        AifImport back = roundTrip(map);
        assertSameArgument(map, back.map());
        assertPassesCheck(back.map());
        assertEquals("thesis", back.thesis());
        assertEquals(List.of(), back.report(), "a map argmap wrote comes back with nothing to report");
    }

    @Test
    void undercutsAreConflictsAimedAtTheArgumentsNode() {
        ArgumentMap map = new MapLoader().load("undercuts.yaml", UNDERCUTS).map().orElseThrow();
        String aif = writer.write(map);
        assertTrue(aif.contains("\"fromID\" : \"argument:lab-doubt\",\n      \"toID\" : \"argument:from-test\""), aif);
        assertTrue(aif.contains("\"fromID\" : \"attack:once-is-little:from-test\",\n      \"toID\" : \"argument:from-test\""), aif);
        assertTrue(aif.contains("\"nodeID\" : \"argument:cheap-and-fast\",\n      \"text\" : \"practical-reasoning\",\n"
                + "      \"type\" : \"RA\",\n      \"scheme\" : \"practical-reasoning\""), aif);
    }

    private AifImport roundTrip(ArgumentMap map) throws Exception {
        return reader.read(map.file() + ".json", writer.write(map).getBytes(StandardCharsets.UTF_8));
    }

    static ArgumentMap essay() {
        try {
            return new MapLoader().load(ESSAY).map().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Statements (text, perspective, relations), arguments (kind, premises, conclusion, scheme) and the thesis. */
    static void assertSameArgument(ArgumentMap expected, ArgumentMap actual) {
        assertEquals(statements(expected), statements(actual));
        assertEquals(arguments(expected), arguments(actual));
        assertEquals(thesis(expected), thesis(actual));
    }

    private static Map<String, String> statements(ArgumentMap map) {
        Map<String, String> out = new TreeMap<>();
        for (Statement s : map.statements().values()) {
            out.put(s.id(), s.text().value().replaceAll("\\s+", " ").trim()
                    + " | perspective " + s.perspective().map(Ref::id).orElse("-")
                    + " | supports " + ids(s.supports()) + " | attacks " + ids(s.attacks()));
        }
        return out;
    }

    private static Map<String, String> arguments(ArgumentMap map) {
        Map<String, String> out = new TreeMap<>();
        for (Argument a : map.arguments().values()) {
            out.put(a.id(), a.kind() + " " + ids(a.premises()) + " -> " + a.conclusion().id()
                    + " scheme " + a.scheme().map(Text::value).orElse("-"));
        }
        return out;
    }

    private static Set<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<String> thesis(ArgumentMap map) {
        return map.statements().values().stream().filter(s -> s.kind() == Kind.THESIS).map(Statement::id).findFirst();
    }

    static void assertPassesCheck(ArgumentMap map) {
        List<Diagnostic> errors = Checker.withDefaults()
                .check(CheckContext.of(map).withSchemes(BuiltInSchemes.catalogue())).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, "errors in the imported map " + map.file());
    }
}
