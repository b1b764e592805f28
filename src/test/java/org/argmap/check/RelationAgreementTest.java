package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.cli.CommandLineFactory;
import org.argmap.load.MapLoader;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Check, evaluation and drawing follow the same relations of a map, even where the map names
 * something that is not there and every rule, {@code dangling-reference} included, is switched off
 * so that nothing stops evaluation and drawing. For each map: the edges the checks walk, the edges
 * {@code render -f dot} draws and the relations stated below as the map's meaning are one set; and
 * {@code evaluate} gives the same result for the map as written as for the map with only those
 * relations written, so it follows none that the others leave out.
 */
class RelationAgreementTest {

    /**
     * A map as written; the replacements that leave only the relations that hold written (an
     * argument keeps its conclusion, as it must have one); and the edges the map means, as
     * "from TYPE to".
     */
    record Case(String name, String written, Map<String, String> toHolding, Set<String> edges) {
        String holding() {
            String holding = written;
            for (Map.Entry<String, String> replacement : toHolding.entrySet()) {
                if (!holding.contains(replacement.getKey())) {
                    throw new AssertionError(name + " has no " + replacement.getKey());
                }
                holding = holding.replace(replacement.getKey(), replacement.getValue());
            }
            return holding;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final String THESIS_AND_WEIGHTS = """
            argmap: 1
            statements:
              thesis:
                kind: thesis
                text: T.
              low:
                text: L.
                weight: 0.1
                supports: thesis
              high:
                text: H.
                weight: 0.9
            """;

    static List<Case> maps() {
        return List.of(
                new Case("a premise naming an argument", THESIS_AND_WEIGHTS + """
                        arguments:
                          weak-step:
                            kind: support
                            premises: [low]
                            conclusion: thesis
                          stacked:
                            kind: support
                            premises: [weak-step, high]
                            conclusion: thesis
                        """, Map.of("[weak-step, high]", "[high]"),
                        Set.of("low SUPPORTS thesis", "low PREMISE weak-step", "weak-step SUPPORTS thesis",
                                "high PREMISE stacked", "stacked SUPPORTS thesis")),
                new Case("unknown ids", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          reason:
                            text: R.
                            weight: 0.8
                            supports: [thesis, nowhere]
                          objection:
                            text: O.
                            weight: 0.7
                            attacks: [ghost, thesis]
                          lone:
                            text: A premise whose partner is missing.
                            weight: 0.2
                        arguments:
                          half:
                            kind: attack
                            premises: [lone, missing]
                            conclusion: reason
                          astray:
                            kind: support
                            premises: [reason]
                            conclusion: elsewhere
                        """, Map.of("[thesis, nowhere]", "[thesis]", "[ghost, thesis]", "[thesis]",
                                "[lone, missing]", "[lone]"),
                        Set.of("reason SUPPORTS thesis", "objection ATTACKS thesis", "lone PREMISE half",
                                "half ATTACKS reason", "reason PREMISE astray")),
                new Case("undercuts", """
                        argmap: 1
                        statements:
                          thesis:
                            kind: thesis
                            text: T.
                          first:
                            text: F.
                          second:
                            text: S.
                          doubt:
                            text: D.
                            attacks: linked
                          rival:
                            text: R.
                        arguments:
                          linked:
                            kind: support
                            premises: [first, second]
                            conclusion: thesis
                          cut:
                            kind: attack
                            premises: [rival]
                            conclusion: linked
                        """, Map.of(), Set.of("first PREMISE linked", "second PREMISE linked", "linked SUPPORTS thesis",
                        "doubt ATTACKS linked", "rival PREMISE cut", "cut ATTACKS linked")));
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @MethodSource("maps")
    void checkEvaluateAndRenderFollowTheSameRelations(Case map) throws IOException {
        Path written = write("written.yaml", map.written());
        assertEquals(0, run("check", written).status(), "every rule is off, so the check finds nothing");

        ArgumentMap loaded = new MapLoader().load(written).map().orElseThrow();
        assertEquals(map.edges(), checked(loaded), "the edges the checks walk");
        assertEquals(map.edges(), drawn(written), "the edges render draws");
        assertEquals(undercuts(loaded), undercutsDrawn(written), "edges drawn as undercuts: attacks on an argument");

        Path holding = write("holding.yaml", map.holding());
        Run asWritten = run("evaluate", written, "--format", "json");
        Run withHoldingRelationsOnly = run("evaluate", holding, "--format", "json");
        assertEquals(0, asWritten.status(), asWritten.err());
        assertEquals(withHoldingRelationsOnly.out(), asWritten.out(), "the evaluation follows only those edges");
    }

    @ParameterizedTest
    @MethodSource("maps")
    void danglingReferenceReportsExactlyTheRelationsTheOthersLeaveOut(Case map) throws IOException {
        ArgumentMap loaded = new MapLoader().load(write("written.yaml", map.written())).map().orElseThrow();
        Set<String> leftOut = new TreeSet<>();
        for (Relation relation : loaded.relations().written()) {
            boolean followed = checked(loaded).contains(relation.from() + " " + relation.type() + " " + relation.to());
            if (!followed) {
                leftOut.add(relation.ref().location().toString());
            }
        }
        Set<String> reported = new TreeSet<>();
        new DanglingReferenceRule().check(CheckContext.of(loaded))
                .forEach(finding -> reported.add(finding.location().toString()));
        assertEquals(leftOut, reported);
    }

    private record Run(int status, String out, String err) {
    }

    /** The command line with every check rule switched off. */
    private Run run(String command, Path map, String... options) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(options));
        for (Rule rule : Rules.all()) {
            args.add("--rule");
            args.add(rule.id() + "=off");
        }
        args.add(map.toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = CommandLineFactory.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute(args.toArray(String[]::new));
        return new Run(status, out.toString(), err.toString());
    }

    private Path write(String name, String yaml) throws IOException {
        return Files.writeString(dir.resolve(name), yaml, StandardCharsets.UTF_8);
    }

    private static Set<String> checked(ArgumentMap map) {
        RelationGraph graph = CheckContext.of(map).graph();
        Set<String> edges = new TreeSet<>();
        for (String node : graph.nodes()) {
            graph.outgoing(node).forEach(edge -> edges.add(edge.from() + " " + edge.type() + " " + edge.to()));
        }
        return edges;
    }

    private static Set<String> undercuts(ArgumentMap map) {
        Set<String> edges = new TreeSet<>();
        CheckContext context = CheckContext.of(map);
        for (String node : context.graph().nodes()) {
            context.graph().outgoing(node).stream()
                    .filter(edge -> edge.type() == Relation.Type.ATTACKS)
                    .filter(edge -> map.node(edge.to()).orElseThrow() instanceof Argument)
                    .forEach(edge -> edges.add(edge.from() + " " + edge.to()));
        }
        return edges;
    }

    /** One edge line of the DOT render writes: {@code "from" -> "to" [..."style"="...","arrowhead"="..."...]}. */
    private static final Pattern EDGE = Pattern.compile(
            "^\"([^\"]+)\" -> \"([^\"]+)\" \\[.*\"style\"=\"(\\w+)\".*\"arrowhead\"=\"(\\w+)\".*]$", Pattern.MULTILINE);

    private record DrawnEdge(String from, String to, String style, String arrowhead) {
    }

    private List<DrawnEdge> drawnEdges(Path map) throws IOException {
        Path out = dir.resolve("out");
        Run render = run("render", map, "-f", "dot", "-o", out.toString());
        assertEquals(0, render.status(), render.err());
        Matcher matcher = EDGE.matcher(Files.readString(out.resolve("written.dot"), StandardCharsets.UTF_8));
        List<DrawnEdge> edges = new ArrayList<>();
        while (matcher.find()) {
            edges.add(new DrawnEdge(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4)));
        }
        return edges;
    }

    /** The drawn edges, typed by how they are drawn: an arrow supports, a bar attacks, no head is a premise. */
    private Set<String> drawn(Path map) throws IOException {
        Set<String> edges = new TreeSet<>();
        for (DrawnEdge edge : drawnEdges(map)) {
            String type = switch (edge.arrowhead()) {
                case "normal" -> "SUPPORTS";
                case "tee" -> "ATTACKS";
                case "none" -> "PREMISE";
                default -> throw new AssertionError("an arrowhead render does not draw: " + edge);
            };
            edges.add(edge.from() + " " + type + " " + edge.to());
        }
        return edges;
    }

    /** The drawn edges in the undercut's dotted line. */
    private Set<String> undercutsDrawn(Path map) throws IOException {
        Set<String> edges = new TreeSet<>();
        drawnEdges(map).stream().filter(edge -> edge.style().equals("dotted"))
                .forEach(edge -> edges.add(edge.from() + " " + edge.to()));
        return edges;
    }
}
