package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;

/**
 * Fuzzes DOT generation: a map that loads and checks without errors (what {@code render} draws) is
 * rendered with a direction, label mode, wrap width, theme, legend, evaluation and view all chosen
 * by the fuzzer. The DOT must read back as the renderer meant it: {@link ParsedDot} parses it as
 * Graphviz's lexer would, every shown statement and argument is exactly one node with its own SVG
 * id, every edge joins two of them, and every HTML-like label is well-formed XML. Text that broke
 * out of a string or a label would fail one of these.
 *
 * <p>The drawing options are taken from the end of the input, the map from the rest, so each seed
 * in {@code DotRendererFuzzTestInputs/render/} is one of the project's maps followed by a comment
 * line whose characters pick the options.
 */
class DotRendererFuzzTest {

    private static final Checker CHECKER = Checker.withDefaults();

    @FuzzTest
    void render(FuzzedDataProvider data) {
        DiagramOptions options = new DiagramOptions(data.pickValue(DiagramOptions.Direction.values()),
                data.pickValue(DiagramOptions.LabelMode.values()),
                data.consumeInt(DiagramOptions.MIN_WRAP, DiagramOptions.MAX_WRAP),
                data.pickValue(DiagramOptions.Theme.values()));
        boolean legend = data.consumeBoolean();
        boolean evaluate = data.consumeBoolean();
        int viewKind = data.consumeInt(0, 2);
        int viewTarget = data.consumeInt(0, 255);
        int depth = data.consumeInt(0, 3);
        LoadResult loaded = new MapLoader().load("fuzz.yaml", data.consumeRemainingAsBytes());
        if (loaded.hasErrors() || loaded.map().isEmpty()) {
            return;
        }
        CheckContext context = CheckContext.of(loaded.map().get());
        if (CHECKER.check(context).stream().anyMatch(finding -> finding.severity() == Severity.ERROR)) {
            return;
        }
        ArgumentMap map = context.map();
        ViewResult view = view(map, viewKind, viewTarget, depth).apply(map);
        DotRenderer renderer = legend ? new DotRenderer(options) : new DotRenderer(options).withoutLegend();
        Optional<Evaluation> evaluation = evaluate ? Optional.of(new Evaluator().evaluate(map)) : Optional.empty();
        String dot = evaluation.map(e -> renderer.render(view, e)).orElseGet(() -> renderer.render(view));

        ParsedDot parsed = ParsedDot.parse(dot);
        ArgumentMap shown = view.shown();
        List<String> expected = new ArrayList<>();
        shown.statements().keySet().forEach(id -> expected.add(id + " statement-" + id));
        shown.arguments().keySet().stream().filter(id -> !shown.statements().containsKey(id))
                .forEach(id -> expected.add(id + " argument-" + id));
        if (legend) {
            expected.add(Legend.NODE_NAME + " argmap-legend");
        }
        List<String> nodes = parsed.nodes.values().stream().map(n -> n.name() + " " + n.attribute("id")).toList();
        assertEquals(expected.stream().sorted().toList(), nodes.stream().sorted().toList(), "the nodes drawn");
        for (ParsedDot.Edge edge : parsed.edges) {
            assertTrue(parsed.nodes.containsKey(edge.from()) && parsed.nodes.containsKey(edge.to()),
                    () -> "an edge between unknown nodes: " + edge);
        }
        assertHtmlWellFormed(parsed.graphAttributes);
        parsed.nodes.values().forEach(node -> assertHtmlWellFormed(node.attributes()));
        parsed.edges.forEach(edge -> assertHtmlWellFormed(edge.attributes()));
        parsed.subgraphs.forEach(subgraph -> assertHtmlWellFormed(subgraph.attributes()));
    }

    private static View view(ArgumentMap map, int kind, int target, int depth) {
        List<String> perspectives = List.copyOf(map.perspectives().keySet());
        List<String> ids = new ArrayList<>(map.statements().keySet());
        ids.addAll(map.arguments().keySet());
        if (kind == 1 && !perspectives.isEmpty()) {
            return new View.OfPerspective(perspectives.get(target % perspectives.size()));
        }
        if (kind == 2 && !ids.isEmpty()) {
            return new View.Focus(ids.get(target % ids.size()), depth);
        }
        return View.WHOLE;
    }

    private static void assertHtmlWellFormed(Map<String, ParsedDot.Value> attributes) {
        attributes.values().stream().filter(ParsedDot.Value::html).forEach(value -> HtmlLabel.parse(value.text()));
    }
}
