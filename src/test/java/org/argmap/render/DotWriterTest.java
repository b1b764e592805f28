package org.argmap.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;
import static guru.nidi.graphviz.model.Factory.to;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.argmap.evaluate.Evaluator;
import org.argmap.fixtures.GeneratedMaps;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

/**
 * {@link DotWriter} against graphviz-java's own serializer ({@code MutableGraph.toString()}): the
 * same text for every diagram argmap draws and for random graphs of the kinds it builds.
 */
class DotWriterTest {

    private static ArgumentMap load(String yaml) {
        return new MapLoader().load("generated.yaml", yaml).map().orElseThrow();
    }

    private static void assertWrittenAsGraphvizJavaWritesIt(MutableGraph graph) {
        assertEquals(graph.toString(), DotWriter.write(graph));
    }

    @Test
    void everyShapeWholeAndInViewsWithAndWithoutEvaluationIsWrittenAsGraphvizJavaWritesIt() {
        for (String shape : GeneratedMaps.SHAPES) {
            ArgumentMap map = load(GeneratedMaps.shape(shape, 120));
            List<View> views = new ArrayList<>(List.of(View.WHOLE, new View.Focus("s0", 1), new View.Focus("s7", 2)));
            map.perspectives().keySet().forEach(id -> views.add(new View.OfPerspective(id)));
            for (DiagramOptions options : List.of(DiagramOptions.DEFAULT,
                    DiagramOptions.DEFAULT.withDirection(DiagramOptions.Direction.TB))) {
                DotRenderer renderer = new DotRenderer(options);
                Palette palette = Palette.of(options.theme());
                for (View view : views) {
                    ViewResult result = view.apply(map);
                    assertWrittenAsGraphvizJavaWritesIt(renderer.graph(result, Optional.empty()));
                    assertWrittenAsGraphvizJavaWritesIt(renderer.graph(result,
                            Optional.of(new EvaluationMarks(new Evaluator().evaluate(map), palette))));
                    assertWrittenAsGraphvizJavaWritesIt(renderer.withoutLegend().graph(result, Optional.empty()));
                }
            }
        }
    }

    @Test
    void theSampleMapsAreWrittenAsGraphvizJavaWritesThem() {
        for (ArgumentMap map : List.of(SampleMaps.small(), SampleMaps.large(), SampleMaps.debate())) {
            assertWrittenAsGraphvizJavaWritesIt(new DotRenderer().graph(View.WHOLE.apply(map), Optional.empty()));
        }
    }

    /**
     * Random graphs with what DotRenderer relies on: several nodes of one name (declared nodes,
     * edge tails and heads that graphviz-java joins), nodes without attributes, linked and not,
     * clusters and attributes without a value.
     */
    @Test
    void randomGraphsOfNodesClustersAndLinksAreWrittenAsGraphvizJavaWritesThem() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            MutableGraph graph = mutGraph("g" + round).setDirected(random.nextInt(5) > 0);
            graph.graphAttrs().add("rankdir", "LR");
            if (random.nextBoolean()) {
                graph.nodeAttrs().add("shape", "box");
            }
            int names = 1 + random.nextInt(12);
            List<MutableGraph> clusters = new ArrayList<>();
            for (int c = random.nextInt(3); c > 0; c--) {
                MutableGraph cluster = mutGraph("c" + c).setDirected(graph.isDirected()).setCluster(random.nextBoolean());
                cluster.graphAttrs().add("label", "Cluster " + c);
                clusters.add(cluster);
                graph.add(cluster);
            }
            for (int n = random.nextInt(25); n > 0; n--) {
                MutableNode node = mutNode("n" + random.nextInt(names));
                switch (random.nextInt(4)) {
                    case 0 -> node.add("label", Label.html("<B>" + n + "</B>"));
                    case 1 -> node.add("color", random.nextBoolean() ? "red" : null);
                    case 2 -> node.addLink(to(mutNode("n" + random.nextInt(names))).with("style", "dashed"));
                    default -> {
                    }
                }
                if (random.nextInt(3) == 0) {
                    node.addLink(mutNode("n" + random.nextInt(names)));
                }
                if (!clusters.isEmpty() && random.nextInt(3) == 0) {
                    clusters.get(random.nextInt(clusters.size())).add(node);
                } else {
                    graph.add(node);
                }
            }
            assertWrittenAsGraphvizJavaWritesIt(graph);
        }
    }

    @Test
    void aLinkToANamedPortIsRefusedRatherThanWrittenDifferently() {
        MutableGraph graph = mutGraph("g").setDirected(true).add(mutNode("a").addLink(mutNode("b").port("p")));
        assertThrows(IllegalArgumentException.class, () -> DotWriter.write(graph));
    }
}
