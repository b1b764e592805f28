package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.evaluate.Label;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DiagramOptions.Direction;
import org.argmap.render.DiagramOptions.LabelMode;
import org.argmap.render.DiagramOptions.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** {@link DotRenderer} drawing a map with its evaluation: labels, strengths, legend and notes. */
class DotRendererEvaluationTest {

    private final DotRenderer renderer = new DotRenderer();

    /**
     * All three labels, strengths converged: the thesis stands on an answered objection, and three
     * counterpoints attack one another in an odd cycle, which leaves all three undecided.
     */
    static final String THREE_LABELS = """
            argmap: 1
            title: Three labels
            statements:
              t: {kind: thesis, title: The thesis, text: The thesis holds.}
              p: {kind: premise, text: A reason for it., supports: t}
              c: {kind: counterpoint, text: An objection to it., attacks: t}
              r: {kind: rebuttal, text: A reply to the objection., attacks: c}
              u1: {kind: counterpoint, text: First of a cycle., attacks: u2}
              u2: {kind: counterpoint, text: Second of a cycle., attacks: u3}
              u3: {kind: counterpoint, text: Third of a cycle., attacks: u1}
            arguments:
              joint:
                kind: support
                premises: [p, r]
                conclusion: t
                scheme: joint reasons
            """;

    /** Two statements of full weight attacking each other: their strengths swing between 0 and 1. */
    static final String SWINGING = """
            argmap: 1
            title: Strengths that swing
            statements:
              t: {kind: thesis, text: The thesis holds.}
              x: {kind: counterpoint, text: An objection., attacks: [t, y], weight: 1}
              y: {kind: rebuttal, text: A reply., attacks: x, weight: 1}
            """;

    static ArgumentMap load(String yaml) {
        return new MapLoader().load("m.yaml", yaml).map().orElseThrow();
    }

    static ArgumentMap essay() throws IOException {
        return new MapLoader().load(Path.of("maps/st-petersburg-bombing.yaml")).map().orElseThrow();
    }

    private static Evaluation evaluate(ArgumentMap map) {
        return new Evaluator().evaluate(map);
    }

    private ParsedDot evaluated(ArgumentMap map) {
        return ParsedDot.parse(renderer.render(map, evaluate(map)));
    }

    /** The badge of a node: the one framed table in its label. */
    private static Element badge(ParsedDot.Node node) {
        Element label = HtmlLabel.parse(node.attribute("label"));
        NodeList tables = label.getElementsByTagName("TABLE");
        List<Element> framed = new ArrayList<>();
        for (int i = 0; i < tables.getLength(); i++) {
            Element table = (Element) tables.item(i);
            if (!table.getAttribute("BORDER").equals("0")) {
                framed.add(table);
            }
        }
        assertEquals(1, framed.size(), "one badge in " + node.name());
        return framed.get(0);
    }

    private static List<String> nodeIds(ArgumentMap map) {
        return Stream.concat(map.statements().keySet().stream(), map.arguments().keySet().stream()).toList();
    }

    @Test
    void essayMapWithItsEvaluationRendersExactlyAsTheGoldenFile() throws IOException {
        ArgumentMap essay = essay();
        GoldenFiles.assertMatchesGolden("essay-evaluated.dot", renderer.render(essay, evaluate(essay)));
    }

    @Test
    void everyStatementAndArgumentShowsItsLabelAndItsStrengthToTwoDecimals() {
        for (ArgumentMap map : List.of(SampleMaps.small(), SampleMaps.large(), load(THREE_LABELS))) {
            Evaluation evaluation = evaluate(map);
            ParsedDot dot = evaluated(map);
            for (String id : nodeIds(map)) {
                String expected = evaluation.label(id).orElseThrow().word() + " \u00b7 "
                        + String.format(java.util.Locale.ROOT, "%.2f", evaluation.strength(id).orElseThrow());
                assertEquals(expected, badge(dot.node(id)).getTextContent(), id);
            }
        }
    }

    /**
     * By hand, on the small map: old-news (0.5) attacks shared-enemy, 0.5 - 0.5 * 0.5 = 0.25,
     * rejected. The undercut different-times (0.5) hits precedent, whose base is its weakest
     * premise, 0.5: 0.25, rejected. distrust gains from precedent: 0.5 + 0.5 * 0.25 = 0.625. The
     * thesis: supporters 0.625 over attackers 0.25, 0.5 + 0.5 * 0.375 = 0.6875, shown as 0.69.
     */
    @Test
    void smallMapShowsTheLabelsAndStrengthsWorkedOutByHand() {
        ParsedDot dot = evaluated(SampleMaps.small());
        Map<String, String> badges = new LinkedHashMap<>();
        for (String id : List.of("separate-fights", "distrust", "shared-enemy", "old-news", "precedent", "different-times")) {
            badges.put(id, badge(dot.node(id)).getTextContent());
        }
        assertEquals(Map.of(
                "separate-fights", "accepted \u00b7 0.69",
                "distrust", "accepted \u00b7 0.63",
                "shared-enemy", "rejected \u00b7 0.25",
                "old-news", "accepted \u00b7 0.50",
                "precedent", "rejected \u00b7 0.25",
                "different-times", "accepted \u00b7 0.50"), badges);
    }

    @Test
    void eachLabelHasItsOwnFrameSoLabelsDifferWithoutColour() {
        ArgumentMap map = load(THREE_LABELS);
        Evaluation evaluation = evaluate(map);
        assertEquals(Set.of(Label.values()), Set.copyOf(evaluation.labels().values()), "the map shows every label");
        ParsedDot dot = evaluated(map);
        Map<Label, Set<String>> framesByLabel = new LinkedHashMap<>();
        for (String id : nodeIds(map)) {
            Element badge = badge(dot.node(id));
            framesByLabel.computeIfAbsent(evaluation.label(id).orElseThrow(), label -> new HashSet<>())
                    .add("border " + badge.getAttribute("BORDER") + " style " + badge.getAttribute("STYLE"));
        }
        assertEquals(Map.of(
                Label.ACCEPTED, Set.of("border 2 style "),
                Label.REJECTED, Set.of("border 1 style dashed"),
                Label.UNDECIDED, Set.of("border 1 style dotted")), framesByLabel);
    }

    @Test
    void badgeFrameAndWordTakeTheLabelsColourOfTheTheme() {
        ArgumentMap map = load(THREE_LABELS);
        Evaluation evaluation = evaluate(map);
        for (Theme theme : Theme.values()) {
            Palette palette = Palette.of(theme);
            ParsedDot dot = ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withTheme(theme)).render(map, evaluation));
            for (String id : nodeIds(map)) {
                Element badge = badge(dot.node(id));
                String colour = palette.evaluation(EvaluationStyle.of(evaluation.label(id).orElseThrow()));
                assertEquals(colour, badge.getAttribute("COLOR"), theme + " " + id);
                assertEquals(palette.evaluationFill(), badge.getAttribute("BGCOLOR"), theme + " " + id);
                assertEquals(colour, ((Element) badge.getElementsByTagName("FONT").item(0)).getAttribute("COLOR"));
            }
        }
    }

    @Test
    void nodeOutlinesStayThoseOfTheKindsSoTheEvaluationNeverReadsAsAKind() {
        ArgumentMap map = load(THREE_LABELS);
        ParsedDot plain = ParsedDot.parse(renderer.render(map));
        ParsedDot evaluated = evaluated(map);
        for (String id : nodeIds(map)) {
            for (String attribute : List.of("shape", "style", "color", "fillcolor", "penwidth")) {
                assertEquals(plain.node(id).attribute(attribute), evaluated.node(id).attribute(attribute), id + " " + attribute);
            }
            assertEquals(plain.node(id).attributes().get("peripheries"), evaluated.node(id).attributes().get("peripheries"));
        }
    }

    @Test
    void statementKeepsItsCaptionAndTextUnderTheBadge() {
        ArgumentMap map = SampleMaps.small();
        List<String> plain = HtmlLabel.lines(ParsedDot.parse(renderer.render(map)).node("distrust").attribute("label"));
        List<String> evaluated = HtmlLabel.lines(evaluated(map).node("distrust").attribute("label"));
        assertEquals(plain.get(0) + "accepted \u00b7 0.63", evaluated.get(0), "caption, then badge, on the first line");
        assertEquals(plain.subList(1, plain.size()), evaluated.subList(1, evaluated.size()));
    }

    @Test
    void argumentShowsItsNameOverItsBadge() {
        List<String> lines = HtmlLabel.lines(evaluated(SampleMaps.small()).node("precedent").attribute("label"));
        assertEquals(List.of("argument from precedent", "rejected \u00b7 0.25"), lines);
    }

    @Test
    void hoverTextEndsWithTheLabelAndStrength() {
        ParsedDot dot = evaluated(SampleMaps.small());
        String tooltip = dot.node("shared-enemy").attribute("tooltip");
        List<String> lines = Arrays.asList(tooltip.split(Tooltip.LINE_BREAK, -1));
        assertEquals("Evaluation: rejected, strength 0.25", lines.get(lines.size() - 1));
        String plain = ParsedDot.parse(renderer.render(SampleMaps.small())).node("shared-enemy").attribute("tooltip");
        assertEquals(plain + Tooltip.LINE_BREAK + "Evaluation: rejected, strength 0.25", tooltip);
    }

    @Test
    void legendExplainsTheLabelsAndTheNumberOnlyWhenTheEvaluationIsShown() {
        ArgumentMap map = SampleMaps.small();
        List<String> plain = HtmlLabel.lines(ParsedDot.parse(renderer.render(map)).node(Legend.NODE_NAME).attribute("label"));
        List<String> evaluated = HtmlLabel.lines(evaluated(map).node(Legend.NODE_NAME).attribute("label"));
        assertEquals(plain, evaluated.subList(0, plain.size()), "the plain legend comes first, unchanged");
        assertEquals(List.of(
                "accepted", "every attacker rejected, or none",
                "rejected", "has an accepted attacker",
                "undecided", "attacks left unresolved (a cycle)",
                "0.75strength, 0 to 1: weight raised by", "supporters, lowered by attackers"),
                evaluated.subList(plain.size(), evaluated.size()));
        assertTrue(plain.stream().noneMatch(line -> line.contains("accepted") || line.contains("strength")), plain.toString());
    }

    @Test
    void strengthsThatDidNotConvergeAreNotShownAndTheTitleSaysWhy() {
        ArgumentMap map = load(SWINGING);
        Evaluation evaluation = evaluate(map);
        assertFalse(evaluation.converged(), "the map is meant not to converge");
        ParsedDot dot = evaluated(map);
        for (String id : nodeIds(map)) {
            assertEquals(evaluation.label(id).orElseThrow().word(), badge(dot.node(id)).getTextContent(), id);
        }
        List<String> title = HtmlLabel.lines(dot.graphAttributes.get("label").text());
        assertEquals(List.of("Strengths that swing", "Strengths did not converge in " + Evaluator.MAX_ROUNDS
                + " rounds, so none is shown (attack cycles keep them moving)"), title);
        List<String> legend = HtmlLabel.lines(dot.node(Legend.NODE_NAME).attribute("label"));
        assertTrue(legend.contains("undecided") && legend.stream().noneMatch(line -> line.contains("strength")), legend.toString());
        assertTrue(dot.node("x").attribute("tooltip").endsWith("Evaluation: undecided; strengths did not converge in "
                + Evaluator.MAX_ROUNDS + " rounds, so none is shown"));
    }

    @Test
    void convergedEvaluationAddsNothingUnderTheTitleOfTheWholeMap() {
        ArgumentMap map = SampleMaps.small();
        assertEquals(ParsedDot.parse(renderer.render(map)).graphAttributes.get("label"),
                evaluated(map).graphAttributes.get("label"));
    }

    @Test
    void partialViewShowsTheWholeMapsEvaluationAndSaysSo() {
        ArgumentMap map = SampleMaps.small();
        Evaluation whole = evaluate(map);
        ViewResult view = new View.Focus("shared-enemy", 0).apply(map);
        assertFalse(view.shown().statements().containsKey("old-news"), "the attacker is left out");
        ParsedDot dot = ParsedDot.parse(renderer.render(view, whole));
        assertEquals("rejected \u00b7 0.25", badge(dot.node("shared-enemy")).getTextContent(),
                "rejected by an attacker the view does not show");
        assertNotEquals(evaluate(view.shown()).label("shared-enemy"), whole.label("shared-enemy"),
                "evaluating only what is shown would say otherwise");
        List<String> title = HtmlLabel.lines(dot.graphAttributes.get("label").text());
        assertEquals("Labels and strengths are those of the whole map, including what is not shown",
                title.get(title.size() - 1));
        List<String> lines = HtmlLabel.lines(dot.node("shared-enemy").attribute("label"));
        assertEquals("+2 links not shown", lines.get(lines.size() - 1), "the node still says it has links not shown");
    }

    @Test
    void evaluationOfAnotherMapIsRefused() {
        Evaluation other = evaluate(load(SWINGING));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> renderer.render(SampleMaps.small(), other));
        assertTrue(refused.getMessage().contains("separate-fights"), refused.getMessage());
    }

    @Test
    void sameMapAndEvaluationGiveByteIdenticalDot() {
        ArgumentMap map = SampleMaps.large();
        assertEquals(renderer.render(map, evaluate(map)), new DotRenderer().render(map, evaluate(map)));
    }

    @Test
    void everyDirectionAndLabelModeDrawsTheBadges() {
        ArgumentMap map = SampleMaps.small();
        Evaluation evaluation = evaluate(map);
        for (Direction direction : Direction.values()) {
            for (LabelMode labels : LabelMode.values()) {
                DiagramOptions options = DiagramOptions.DEFAULT.withDirection(direction).withLabels(labels);
                ParsedDot dot = ParsedDot.parse(new DotRenderer(options).render(map, evaluation));
                assertEquals(direction.rankdir(), dot.graphAttributes.get("rankdir").text());
                for (String id : nodeIds(map)) {
                    assertTrue(badge(dot.node(id)).getTextContent().startsWith(evaluation.label(id).orElseThrow().word()),
                            direction + " " + labels + " " + id);
                }
            }
        }
    }

    @Test
    void titlesOnlyKeepTheCaptionAndTheBadgeOnOneLine() {
        ArgumentMap map = SampleMaps.small();
        DotRenderer titles = new DotRenderer(DiagramOptions.DEFAULT.withLabels(LabelMode.TITLE));
        List<String> lines = HtmlLabel.lines(ParsedDot.parse(titles.render(map, evaluate(map)))
                .node("separate-fights").attribute("label"));
        assertEquals(List.of("THESISaccepted \u00b7 0.69", "Separate fights"), lines);
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void badgeReservesAtLeastTheWidthOfItsBoldText(Theme theme) {
        ArgumentMap map = load(THREE_LABELS);
        ParsedDot dot = ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withTheme(theme)).render(map, evaluate(map)));
        for (String id : nodeIds(map)) {
            Element badge = badge(dot.node(id));
            Element cell = (Element) badge.getElementsByTagName("TD").item(0);
            int points = Integer.parseInt(((Element) cell.getElementsByTagName("FONT").item(0)).getAttribute("POINT-SIZE"));
            double needed = EvaluationMarks.boldWidth(badge.getTextContent()) * points;
            assertTrue(Integer.parseInt(cell.getAttribute("WIDTH")) >= needed, id + ": " + cell.getAttribute("WIDTH") + " < " + needed);
        }
    }
}
