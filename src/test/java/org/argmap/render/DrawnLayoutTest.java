package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.engine.WasmGraphvizEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Where things land once Graphviz has laid the DOT out: the embedded engine draws, and the test
 * reads boxes and label positions back from the SVG.
 * Graphviz turns cluster label placement with {@code rankdir}, so only a drawing can tell.
 */
class DrawnLayoutTest {

    private static WasmGraphvizEngine engine;

    @BeforeAll
    static void start() {
        engine = WasmGraphvizEngine.start();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    /** A drawn element: the bounding box of its outline and where its first text starts. */
    record Shape(double minX, double minY, double maxX, double maxY, double textX, double textY) {
        double centerX() {
            return (minX + maxX) / 2;
        }

        double centerY() {
            return (minY + maxY) / 2;
        }
    }

    private static final Pattern GROUP = Pattern.compile(
            "<g id=\"([^\"]+)\" class=\"(?:node|cluster)\">(.*?)</g>", Pattern.DOTALL);
    private static final Pattern OUTLINE = Pattern.compile("\\s(?:points|d)=\"([^\"]+)\"");
    private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(?:\\.[0-9]+)?");
    private static final Pattern TEXT = Pattern.compile("<text[^>]* x=\"(-?[0-9.]+)\" y=\"(-?[0-9.]+)\"");

    /** Every node and cluster of the SVG by its element id, in SVG coordinates (y grows downwards). */
    private static Map<String, Shape> shapes(String svg) {
        Map<String, Shape> shapes = new LinkedHashMap<>();
        Matcher group = GROUP.matcher(svg);
        while (group.find()) {
            String body = group.group(2);
            Matcher outline = OUTLINE.matcher(body);
            if (!outline.find()) {
                continue;
            }
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            Matcher number = NUMBER.matcher(outline.group(1));
            for (int i = 0; number.find(); i++) {
                double value = Double.parseDouble(number.group());
                if (i % 2 == 0) {
                    minX = Math.min(minX, value);
                    maxX = Math.max(maxX, value);
                } else {
                    minY = Math.min(minY, value);
                    maxY = Math.max(maxY, value);
                }
            }
            Matcher text = TEXT.matcher(body);
            boolean hasText = text.find();
            shapes.put(group.group(1).replace("&#45;", "-"), new Shape(minX, minY, maxX, maxY,
                    hasText ? Double.parseDouble(text.group(1)) : Double.NaN,
                    hasText ? Double.parseDouble(text.group(2)) : Double.NaN));
        }
        return shapes;
    }

    private static Map<String, Shape> draw(ArgumentMap map, DiagramOptions options) {
        return shapes(engine.renderSvg(new DotRenderer(options).render(map)));
    }

    /** The large sample map drawn once per direction, shared by the tests (each drawing takes about a second). */
    private static final Map<Direction, Map<String, Shape>> LARGE = new java.util.EnumMap<>(Direction.class);

    private static Map<String, Shape> large(Direction direction) {
        return LARGE.computeIfAbsent(direction, d -> draw(SampleMaps.large(), DiagramOptions.DEFAULT.withDirection(d)));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Direction.class)
    void perspectiveNameStartsAtTheTopLeftOfItsBandInEveryDirection(Direction direction) {
        Map<String, Shape> shapes = large(direction);
        for (String band : new String[] {"perspective-shared-threat", "perspective-mutual-distrust"}) {
            Shape cluster = shapes.get(band);
            double fromLeft = (cluster.textX() - cluster.minX()) / (cluster.maxX() - cluster.minX());
            double fromTop = (cluster.textY() - cluster.minY()) / (cluster.maxY() - cluster.minY());
            assertTrue(fromLeft < 0.1, direction + " " + band + " label starts " + fromLeft + " of the way across: " + cluster);
            assertTrue(fromTop < 0.2, direction + " " + band + " label sits " + fromTop + " of the way down: " + cluster);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Direction.class)
    void thesisSitsOnTheSideTheDirectionStartsFrom(Direction direction) {
        Map<String, Shape> shapes = large(direction);
        Shape thesis = shapes.get("statement-separate-fights");
        shapes.forEach((id, shape) -> {
            if (!id.startsWith("statement-") || shape == thesis) {
                return;
            }
            boolean beyond = switch (direction) {
                case LR -> shape.centerX() > thesis.maxX();
                case RL -> shape.centerX() < thesis.minX();
                case TB -> shape.centerY() > thesis.maxY();
                case BT -> shape.centerY() < thesis.minY();
            };
            assertTrue(beyond, direction + ": " + id + " " + shape + " is not beyond the thesis " + thesis);
        });
    }

    /**
     * Measured on the first objection and its answer. Without the hint the answer lands half a box
     * or more off the objection's line in every direction. (Drawn top-down, dot puts the second
     * objection a rank too far out, hint or no hint, so its answer cannot line up with it.)
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Direction.class)
    void rebuttalIsDrawnInLineWithTheCounterpointItAnswers(Direction direction) {
        Map<String, Shape> shapes = draw(SampleMaps.debate(), DiagramOptions.DEFAULT.withDirection(direction)
                .withLabels(DiagramOptions.LabelMode.TEXT).withWrapColumns(24));
        Shape rebuttal = shapes.get("statement-r1");
        Shape counterpoint = shapes.get("statement-c1");
        boolean ranksAreColumns = direction == Direction.LR || direction == Direction.RL;
        double offset = ranksAreColumns ? Math.abs(rebuttal.centerY() - counterpoint.centerY())
                : Math.abs(rebuttal.centerX() - counterpoint.centerX());
        double size = ranksAreColumns ? counterpoint.maxY() - counterpoint.minY() : counterpoint.maxX() - counterpoint.minX();
        assertTrue(offset < size / 4, direction + ": the rebuttal is " + offset / size
                + " boxes off its counterpoint's line: " + rebuttal + " " + counterpoint);
    }
}
