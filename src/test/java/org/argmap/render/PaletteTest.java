package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DiagramOptions.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PaletteTest {

    /** Every colour the DOT names: node, edge and graph attributes, and HTML-like label attributes. */
    private static final Pattern COLOUR = Pattern.compile(
            "\"(color|fillcolor|fontcolor|bgcolor)\"=\"([^\"]*)\"|\\b(COLOR|BGCOLOR)=\"([^\"]*)\"");
    private static final Pattern HEX = Pattern.compile("#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})");

    private static String render(Theme theme) {
        return new DotRenderer(DiagramOptions.DEFAULT.withTheme(theme)).render(SampleMaps.small());
    }

    /** Attribute name to the colours written under it, in order of appearance. */
    private static Map<String, List<String>> colours(String dot) {
        Map<String, List<String>> found = new LinkedHashMap<>();
        Matcher matcher = COLOUR.matcher(dot);
        while (matcher.find()) {
            String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
            String value = matcher.group(2) != null ? matcher.group(2) : matcher.group(4);
            found.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
        }
        return found;
    }

    private static boolean isGrey(String colour) {
        Matcher hex = HEX.matcher(colour);
        return hex.matches() && hex.group(1).equals(hex.group(2)) && hex.group(2).equals(hex.group(3));
    }

    @Test
    void darkThemeRendersExactlyAsTheGoldenFile() {
        GoldenFiles.assertMatchesGolden("small-map-dark.dot", render(Theme.DARK));
    }

    @Test
    void printThemeRendersExactlyAsTheGoldenFile() {
        GoldenFiles.assertMatchesGolden("small-map-print.dot", render(Theme.PRINT));
    }

    @Test
    void lightThemeIsTheDefaultDrawing() {
        assertSame(Palette.LIGHT, Palette.of(DiagramOptions.DEFAULT.theme()));
        assertEquals(new DotRenderer().render(SampleMaps.large()), new DotRenderer(DiagramOptions.DEFAULT
                .withTheme(Theme.LIGHT)).render(SampleMaps.large()));
    }

    @Test
    void printThemeDotNamesOnlyGreys() {
        Map<String, List<String>> colours = colours(render(Theme.PRINT));
        assertEquals(Set.of("color", "fillcolor", "COLOR", "BGCOLOR"), colours.keySet(),
                "every kind of colour attribute is seen: " + colours);
        List<String> notGrey = colours.values().stream().flatMap(List::stream)
                .filter(colour -> !isGrey(colour)).toList();
        assertEquals(List.of(), notGrey);
    }

    @Test
    void printThemeDotOfAPartialViewNamesOnlyGreysToo() {
        String dot = new DotRenderer(DiagramOptions.DEFAULT.withTheme(Theme.PRINT))
                .render(new View.Focus("distrust", 0).apply(SampleMaps.small()));
        assertTrue(dot.contains("not shown"), "the view marks what it left out: " + dot);
        List<String> notGrey = colours(dot).values().stream().flatMap(List::stream)
                .filter(colour -> !isGrey(colour)).toList();
        assertEquals(List.of(), notGrey);
    }

    @Test
    void printThemeDotOfAnEvaluatedMapAndViewNamesOnlyGreysToo() {
        ArgumentMap map = DotRendererEvaluationTest.load(DotRendererEvaluationTest.THREE_LABELS);
        Evaluation evaluation = new Evaluator().evaluate(map);
        DotRenderer print = new DotRenderer(DiagramOptions.DEFAULT.withTheme(Theme.PRINT));
        for (String dot : List.of(print.render(map, evaluation),
                print.render(new View.Focus("c", 0).apply(map), evaluation))) {
            assertTrue(dot.contains("accepted") && dot.contains("rejected") && dot.contains("undecided"), dot);
            List<String> notGrey = colours(dot).values().stream().flatMap(List::stream)
                    .filter(colour -> !isGrey(colour)).toList();
            assertEquals(List.of(), notGrey);
        }
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void evaluationBadgeWordsAreReadableOnTheBadge(Theme theme) {
        Palette palette = Palette.of(theme);
        List<String> problems = new ArrayList<>();
        for (EvaluationStyle style : EvaluationStyle.values()) {
            require(problems, style + " word on its badge", contrast(palette.evaluation(style), palette.evaluationFill()), 4.5);
        }
        assertEquals(List.of(), problems);
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void colourThemesTellLabelsApartByHueToo(Theme theme) {
        Palette palette = Palette.of(theme);
        Set<String> colours = Arrays.stream(EvaluationStyle.values()).map(palette::evaluation).collect(Collectors.toSet());
        assertEquals(EvaluationStyle.values().length, colours.size(), colours.toString());
    }

    @Test
    void lightAndDarkThemesAreNotGreyOnly() {
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            assertFalse(colours(render(theme)).values().stream().flatMap(List::stream).allMatch(PaletteTest::isGrey),
                    theme.name());
        }
    }

    @Test
    void inPrintEachNodeKindDiffersFromTheOthersInShapeStyleOrPeripheries() {
        ParsedDot dot = ParsedDot.parse(render(Theme.PRINT));
        List<String> representatives = List.of("separate-fights", "distrust", "shared-enemy", "old-news", "precedent");
        Set<String> outlines = new HashSet<>();
        for (String id : representatives) {
            ParsedDot.Node node = dot.node(id);
            String peripheries = node.attributes().containsKey("peripheries") ? node.attribute("peripheries") : "1";
            outlines.add(node.attribute("shape") + "/" + node.attribute("style") + "/" + peripheries);
        }
        assertEquals(representatives.size(), outlines.size(), outlines.toString());
    }

    @Test
    void inPrintEachRelationDiffersFromTheOthersInLineStyleOrArrowhead() {
        ParsedDot dot = ParsedDot.parse(render(Theme.PRINT));
        List<String> supportsAttacksUndercutsPremise = List.of(
                "distrust->separate-fights", "shared-enemy->separate-fights", "different-times->precedent",
                "beslan->precedent");
        Set<String> looks = new HashSet<>();
        for (String pair : supportsAttacksUndercutsPremise) {
            ParsedDot.Edge edge = dot.edges.stream().filter(e -> (e.from() + "->" + e.to()).equals(pair))
                    .findFirst().orElseThrow();
            looks.add(edge.attribute("style") + "/" + edge.attribute("arrowhead"));
        }
        assertEquals(EdgeStyle.values().length, looks.size(), looks.toString());
    }

    /** In print a con premise shares the counterpoint's grey, and kinds are told apart by outline alone. */
    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void eachKindOnItsUsualSideHasItsOwnFill(Theme theme) {
        Palette palette = Palette.of(theme);
        Set<String> fills = Arrays.stream(NodeStyle.values()).map(Tint::usual).map(palette::fill).collect(Collectors.toSet());
        assertEquals(NodeStyle.values().length, fills.size(), fills.toString());
    }

    @ParameterizedTest
    @EnumSource(value = Theme.class, names = {"LIGHT", "DARK"})
    void coloursThemesTellKindsAndSupportFromAttackApartByHueToo(Theme theme) {
        Palette palette = Palette.of(theme);
        Set<String> borders = Arrays.stream(NodeStyle.values()).map(Tint::usual).map(palette::border)
                .collect(Collectors.toSet());
        assertAll(
                () -> assertEquals(NodeStyle.values().length, borders.size(), borders.toString()),
                () -> assertNotEquals(palette.edge(EdgeStyle.SUPPORTS), palette.edge(EdgeStyle.ATTACKS)),
                () -> assertNotEquals(palette.edge(EdgeStyle.SUPPORTS), palette.edge(EdgeStyle.PREMISE_OF)),
                () -> assertNotEquals(palette.edge(EdgeStyle.ATTACKS), palette.edge(EdgeStyle.PREMISE_OF)));
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void textStaysReadableOnEveryFillAndLinesStandOutFromThePage(Theme theme) {
        Palette palette = Palette.of(theme);
        String page = palette.background().orElse("#ffffff");
        String text = palette.text().orElse("#000000");
        List<String> problems = new ArrayList<>();
        List<String> textGrounds = new ArrayList<>(List.of(page, palette.clusterFill(), palette.legendBackground()));
        Arrays.stream(Tint.values()).map(palette::fill).forEach(textGrounds::add);
        for (String ground : textGrounds) {
            require(problems, "text on " + ground, contrast(text, ground), 7);
        }
        for (Tint tint : Tint.values()) {
            require(problems, "caption on " + tint, contrast(palette.caption(), palette.fill(tint)), 4.5);
        }
        require(problems, "source line", contrast(palette.source(), page), 4.5);
        for (String ground : textGrounds) {
            require(problems, "view note on " + ground, contrast(palette.note(), ground), 4.5);
        }
        for (EdgeStyle style : EdgeStyle.values()) {
            require(problems, style + " line on the page", contrast(palette.edge(style), page), 3);
            require(problems, style + " line in a perspective", contrast(palette.edge(style), palette.clusterFill()), 3);
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void darkThemeHasADarkPageAndLightText() {
        assertTrue(luminance(Palette.DARK.background().orElseThrow()) < 0.05);
        assertTrue(luminance(Palette.DARK.text().orElseThrow()) > 0.7);
        String dot = render(Theme.DARK);
        ParsedDot parsed = ParsedDot.parse(dot);
        assertEquals(Palette.DARK.background().orElseThrow(), parsed.graphAttributes.get("bgcolor").text());
        assertEquals(Palette.DARK.text().orElseThrow(), parsed.graphAttributes.get("fontcolor").text());
        assertEquals(Palette.DARK.text().orElseThrow(), parsed.nodeDefaults.get("fontcolor").text());
    }

    @Test
    void paletteMissingAColourIsRefused() {
        Map<EdgeStyle, String> edges = new LinkedHashMap<>(Palette.LIGHT.edges());
        edges.remove(EdgeStyle.UNDERCUTS);
        NullPointerException refused = org.junit.jupiter.api.Assertions.assertThrows(NullPointerException.class,
                () -> new Palette(Palette.LIGHT.background(), Palette.LIGHT.text(), Palette.LIGHT.fills(),
                        Palette.LIGHT.borders(), edges, "#000000", "#000000", "#000000", "#000000", "#000000",
                        "#000000", "#000000", Palette.LIGHT.evaluations(), "#ffffff"));
        assertTrue(refused.getMessage().contains("UNDERCUTS"), refused.getMessage());
    }

    private static void require(List<String> problems, String what, double contrast, double minimum) {
        if (contrast < minimum) {
            problems.add(what + ": contrast " + Math.round(contrast * 10) / 10.0 + " < " + minimum);
        }
    }

    /** WCAG 2 contrast ratio of two #rrggbb colours, from 1 (same) to 21 (black on white). */
    static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** WCAG 2 relative luminance of a #rrggbb colour. */
    static double luminance(String colour) {
        Matcher hex = HEX.matcher(colour);
        assertTrue(hex.matches(), colour);
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double channel = Integer.parseInt(hex.group(i + 1), 16) / 255.0;
            double linear = channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
            sum += weights[i] * linear;
        }
        return sum;
    }
}
