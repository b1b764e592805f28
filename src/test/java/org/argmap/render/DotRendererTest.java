package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;

class DotRendererTest {

    private final DotRenderer renderer = new DotRenderer();

    private ParsedDot parse(ArgumentMap map) {
        return ParsedDot.parse(renderer.render(map));
    }

    private static ParsedDot.Edge edge(ParsedDot dot, String from, String to) {
        List<ParsedDot.Edge> found = dot.edges.stream()
                .filter(e -> e.from().equals(from) && e.to().equals(to))
                .toList();
        assertEquals(1, found.size(), "edges " + from + " -> " + to);
        return found.get(0);
    }

    @Test
    void smallMapRendersExactlyAsTheGoldenFile() {
        GoldenFiles.assertMatchesGolden("small-map.dot", renderer.render(SampleMaps.small()));
    }

    @Test
    void eachDirectionRendersExactlyAsItsGoldenFileAndLrIsTheDefault() {
        for (DiagramOptions.Direction direction : DiagramOptions.Direction.values()) {
            String dot = new DotRenderer(DiagramOptions.DEFAULT.withDirection(direction)).render(SampleMaps.small());
            if (direction == DiagramOptions.Direction.LR) {
                assertEquals(renderer.render(SampleMaps.small()), dot);
            } else {
                GoldenFiles.assertMatchesGolden("small-map-direction-" + direction.name().toLowerCase(java.util.Locale.ROOT)
                        + ".dot", dot);
            }
        }
    }

    @Test
    void eachLabelModeRendersExactlyAsItsGoldenFileAndBothIsTheDefault() {
        for (DiagramOptions.LabelMode labels : DiagramOptions.LabelMode.values()) {
            String dot = new DotRenderer(DiagramOptions.DEFAULT.withLabels(labels)).render(SampleMaps.small());
            if (labels == DiagramOptions.LabelMode.BOTH) {
                assertEquals(renderer.render(SampleMaps.small()), dot);
            } else {
                GoldenFiles.assertMatchesGolden("small-map-labels-" + labels.name().toLowerCase(java.util.Locale.ROOT)
                        + ".dot", dot);
            }
        }
    }

    @Test
    void narrowWrapRendersExactlyAsItsGoldenFile() {
        GoldenFiles.assertMatchesGolden("small-map-wrap-20.dot",
                new DotRenderer(DiagramOptions.DEFAULT.withWrapColumns(20)).render(SampleMaps.small()));
    }

    /** The options of the example {@code render:} section in docs/format.md. */
    @Test
    void topDownTitlesAtThirtyColumnsRenderExactlyAsTheGoldenFile() {
        DiagramOptions options = DiagramOptions.DEFAULT.withDirection(DiagramOptions.Direction.TB)
                .withLabels(DiagramOptions.LabelMode.TITLE).withWrapColumns(30);
        GoldenFiles.assertMatchesGolden("small-map-tb-title-wrap-30.dot", new DotRenderer(options).render(SampleMaps.small()));
    }

    @Test
    void directionSetsRankdirAndEveryClusterLabelGoesTopLeft() {
        for (DiagramOptions.Direction direction : DiagramOptions.Direction.values()) {
            ParsedDot dot = ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withDirection(direction))
                    .render(SampleMaps.small()));
            assertEquals(direction.rankdir(), dot.graphAttributes.get("rankdir").text());
            ClusterLabel placement = ClusterLabel.topLeft(direction);
            for (ParsedDot.Subgraph cluster : dot.subgraphs) {
                assertEquals(placement.labelloc(), cluster.attributes().get("labelloc").text(), direction + " " + cluster.name());
                assertEquals(placement.labeljust(), cluster.attributes().get("labeljust").text(), direction + " " + cluster.name());
            }
        }
    }

    @Test
    void wrapWidthSetsTheLineLengthAndTheWidthOfTheTextCell() {
        for (int columns : List.of(DiagramOptions.MIN_WRAP, 20, DiagramOptions.DEFAULT_WRAP, 60, DiagramOptions.MAX_WRAP)) {
            ParsedDot dot = ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withWrapColumns(columns))
                    .render(SampleMaps.large()));
            for (String id : SampleMaps.large().statements().keySet()) {
                String label = dot.node(id).attribute("label");
                HtmlLabel.lines(label).forEach(line -> assertTrue(line.length() <= columns, columns + " " + id + ": " + line));
                int fontSize = NodeStyle.of(SampleMaps.large().statements().get(id).kind()).fontSize;
                int width = (int) Math.round(columns * fontSize * DotRenderer.AVERAGE_CHAR_WIDTH);
                assertTrue(label.contains("<TD WIDTH=\"" + width + "\""), columns + " " + id + ": " + label);
            }
        }
    }

    @Test
    void narrowWrapAlsoNarrowsArgumentLabels() {
        ParsedDot dot = ParsedDot.parse(new DotRenderer(DiagramOptions.DEFAULT.withWrapColumns(DiagramOptions.MIN_WRAP))
                .render(SampleMaps.small()));
        List<String> lines = HtmlLabel.lines(dot.node("precedent").attribute("label"));
        assertEquals(List.of("argument", "from", "precedent"), lines);
    }

    @Test
    void sameMapGivesByteIdenticalDotEachTime() {
        String first = renderer.render(SampleMaps.large());
        String again = renderer.render(SampleMaps.large());
        String fromNewRenderer = new DotRenderer().render(SampleMaps.large());
        assertEquals(first, again);
        assertEquals(first, fromNewRenderer);
    }

    @Test
    void dotEndsWithOneNewline() {
        String dot = renderer.render(SampleMaps.small());
        assertTrue(dot.endsWith("}\n"), dot);
    }

    @Test
    void everyStatementAndArgumentIsDeclaredOnceUnderItsId() {
        ArgumentMap map = SampleMaps.large();
        ParsedDot dot = parse(map);
        Set<String> expected = new HashSet<>(map.statements().keySet());
        expected.addAll(map.arguments().keySet());
        Set<String> declared = new HashSet<>(dot.nodes.keySet());
        declared.remove(Legend.NODE_NAME);
        assertEquals(expected, declared);
        assertEquals(map.statements().size() + map.arguments().size() + 1, dot.nodes.size());
    }

    @Test
    void everyRelationBecomesExactlyOneEdgeFromTailToHead() {
        ArgumentMap map = SampleMaps.large();
        List<String> expected = new ArrayList<>();
        for (Statement statement : map.statements().values()) {
            statement.supports().forEach(ref -> expected.add(statement.id() + "->" + ref.id()));
            statement.attacks().forEach(ref -> expected.add(statement.id() + "->" + ref.id()));
        }
        for (Argument argument : map.arguments().values()) {
            argument.premises().forEach(ref -> expected.add(ref.id() + "->" + argument.id()));
            expected.add(argument.id() + "->" + argument.conclusion().id());
        }
        List<String> actual = parse(map).edges.stream().map(e -> e.from() + "->" + e.to()).toList();

        assertEquals(21, expected.size(), "relations in the sample map");
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }

    @Test
    void everyEdgeEndsAtADeclaredNodeAndIsWrittenAtTopLevel() {
        ParsedDot dot = parse(SampleMaps.large());
        for (ParsedDot.Edge edge : dot.edges) {
            assertTrue(dot.nodes.containsKey(edge.from()), edge.toString());
            assertTrue(dot.nodes.containsKey(edge.to()), edge.toString());
            // An edge written inside a cluster would pull its head node into that cluster.
            assertEquals(List.of(), edge.subgraphs(), edge.toString());
        }
    }

    @Test
    void statementsSitInTheirPerspectiveClusterAndStatementsWithoutOneOutside() {
        ArgumentMap map = SampleMaps.large();
        ParsedDot dot = parse(map);
        for (Statement statement : map.statements().values()) {
            assertEquals(statement.perspective().map(Ref::id), dot.node(statement.id()).cluster(),
                    statement.id());
        }
        assertEquals(Optional.empty(), dot.node("separate-fights").cluster());
    }

    @Test
    void argumentSitsInTheClusterOfItsPremisesAndOutsideWhenTheyAreSplit() {
        ArgumentMap together = SampleMaps.small();
        assertEquals(Optional.of("mutual-distrust"), parse(together).node("precedent").cluster());

        ArgumentMap split = new MapBuilder()
                .perspective("left", "Left").perspective("right", "Right")
                .statement("t", Kind.THESIS, "Thesis.").done()
                .statement("a", Kind.PREMISE, "A.").in("left").done()
                .statement("b", Kind.PREMISE, "B.").in("right").done()
                .argument("both", ArgumentKind.SUPPORT, List.of("a", "b"), "t", null)
                .build();
        assertEquals(Optional.empty(), parse(split).node("both").cluster());
    }

    @Test
    void clustersFollowThePerspectiveOrderAndShowTheLabelOnTop() {
        ArgumentMap map = new MapBuilder()
                .perspective("zulu", "Zulu side").perspective("alpha", "Alpha side").perspective("unused", "Unused")
                .statement("t", Kind.THESIS, "Thesis.").done()
                .statement("a", Kind.PREMISE, "A.").in("alpha").supports("t").done()
                .statement("z", Kind.PREMISE, "Z.").in("zulu").supports("t").done()
                .build();
        ParsedDot dot = parse(map);
        List<String> clusters = dot.subgraphs.stream().map(ParsedDot.Subgraph::name).toList();
        assertEquals(List.of("cluster_zulu", "cluster_alpha"), clusters, "unused perspective draws no cluster");
        ParsedDot.Subgraph zulu = dot.subgraphs.get(0);
        assertEquals(List.of("Zulu side"), HtmlLabel.lines(zulu.attributes().get("label").text()));
        assertEquals("t", zulu.attributes().get("labelloc").text());
        assertEquals("r", zulu.attributes().get("labeljust").text(), "r is the left when rankdir=RL");
        assertEquals("RL", dot.graphAttributes.get("rankdir").text());
    }

    @Test
    void perspectiveWithoutLabelIsLabelledWithItsId() {
        ArgumentMap map = new MapBuilder()
                .perspective("no-label", null)
                .statement("t", Kind.THESIS, "Thesis.").done()
                .statement("a", Kind.PREMISE, "A.").in("no-label").supports("t").done()
                .build();
        ParsedDot.Subgraph cluster = parse(map).subgraphs.get(0);
        assertEquals(List.of("no-label"), HtmlLabel.lines(cluster.attributes().get("label").text()));
    }

    @Test
    void supportAndAttackEdgesDifferInColourLineStyleAndArrowhead() {
        ParsedDot dot = parse(SampleMaps.small());
        ParsedDot.Edge support = edge(dot, "distrust", "separate-fights");
        ParsedDot.Edge attack = edge(dot, "shared-enemy", "separate-fights");
        assertAll(
                () -> assertNotEquals(support.attribute("color"), attack.attribute("color")),
                () -> assertNotEquals(support.attribute("style"), attack.attribute("style")),
                () -> assertNotEquals(support.attribute("arrowhead"), attack.attribute("arrowhead")),
                () -> assertEquals("normal", support.attribute("arrowhead")),
                () -> assertEquals("tee", attack.attribute("arrowhead")));
    }

    @Test
    void rebuttalIsDrawnAsAnAttackOnItsCounterpoint() {
        ParsedDot dot = parse(SampleMaps.small());
        ParsedDot.Edge rebuttal = edge(dot, "old-news", "shared-enemy");
        ParsedDot.Edge attack = edge(dot, "shared-enemy", "separate-fights");
        assertEquals(attack.attributes(), rebuttal.attributes());
    }

    @Test
    void undercutEndsAtTheArgumentNodeInItsOwnLineStyle() {
        ParsedDot dot = parse(SampleMaps.small());
        ParsedDot.Edge undercut = edge(dot, "different-times", "precedent");
        ParsedDot.Edge attack = edge(dot, "shared-enemy", "separate-fights");
        assertEquals(attack.attribute("arrowhead"), undercut.attribute("arrowhead"));
        assertNotEquals(attack.attribute("style"), undercut.attribute("style"));
    }

    @Test
    void attackArgumentAgainstAnArgumentIsAnUndercut() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Thesis.").done()
                .statement("a", Kind.PREMISE, "A.").done()
                .statement("b", Kind.COUNTERPOINT, "B.").done()
                .argument("inference", ArgumentKind.SUPPORT, List.of("a"), "t", null)
                .argument("objection", ArgumentKind.ATTACK, List.of("b"), "inference", null)
                .build();
        ParsedDot dot = parse(map);
        assertEquals(EdgeStyle.UNDERCUTS.lineStyle, edge(dot, "objection", "inference").attribute("style"));
        assertEquals(EdgeStyle.SUPPORTS.lineStyle, edge(dot, "inference", "t").attribute("style"));
    }

    @Test
    void premisesMeetAtTheArgumentNodeWithoutArrowheadsAndTheArgumentPointsAtItsConclusion() {
        ParsedDot dot = parse(SampleMaps.small());
        assertEquals("none", edge(dot, "beslan", "precedent").attribute("arrowhead"));
        assertEquals("none", edge(dot, "protests", "precedent").attribute("arrowhead"));
        assertEquals("normal", edge(dot, "precedent", "distrust").attribute("arrowhead"));
    }

    @Test
    void argumentNodeIsSmallAndLabelledWithItsSchemeOrElseItsId() {
        ParsedDot dot = parse(SampleMaps.large());
        ParsedDot.Node withScheme = dot.node("precedent");
        ParsedDot.Node withoutScheme = dot.node("mutual-blame");
        assertEquals(List.of("argument from precedent"), HtmlLabel.lines(withScheme.attribute("label")));
        assertEquals(List.of("mutual-blame"), HtmlLabel.lines(withoutScheme.attribute("label")));
        assertEquals("9", withScheme.attribute("fontsize"));
    }

    @Test
    void eachKindHasItsOwnShapeOutlineAndColourAndTheThesisStandsOut() {
        ParsedDot dot = parse(SampleMaps.large());
        Map<Kind, String> representative = Map.of(Kind.THESIS, "separate-fights", Kind.PREMISE, "distrust",
                Kind.COUNTERPOINT, "shared-enemy", Kind.REBUTTAL, "old-news");
        Set<String> outlines = new HashSet<>();
        Set<String> fills = new HashSet<>();
        for (String id : representative.values()) {
            ParsedDot.Node node = dot.node(id);
            outlines.add(node.attribute("shape") + "/" + node.attribute("style"));
            fills.add(node.attribute("fillcolor"));
        }
        assertEquals(4, outlines.size(), "shapes and outline styles: " + outlines);
        assertEquals(4, fills.size(), "fill colours: " + fills);

        ParsedDot.Node thesis = dot.node("separate-fights");
        assertEquals("2", thesis.attribute("peripheries"));
        assertTrue(thesis.attribute("style").contains("bold"));
        assertTrue(Integer.parseInt(thesis.attribute("fontsize"))
                > Integer.parseInt(dot.nodeDefaults.get("fontsize").text()));
    }

    @Test
    void statementLabelNamesTheKindThenTheTitleInBoldThenTheWrappedText() {
        ParsedDot dot = parse(SampleMaps.small());
        String thesisLabel = dot.node("separate-fights").attribute("label");
        assertEquals(List.of("THESIS", "Separate fights", "Russia and the United States face a",
                "common enemy but will keep fighting", "it separately."), HtmlLabel.lines(thesisLabel));
        assertTrue(thesisLabel.contains("<B>Separate fights</B>"), thesisLabel);

        String premiseLabel = dot.node("distrust").attribute("label");
        assertEquals("PREMISE", HtmlLabel.lines(premiseLabel).get(0));
        assertFalse(premiseLabel.contains("<B>"), "no title, no bold line: " + premiseLabel);
    }

    @Test
    void statementTextIsWrappedToTheTextWidth() {
        ParsedDot dot = parse(SampleMaps.large());
        for (String id : SampleMaps.large().statements().keySet()) {
            List<String> lines = HtmlLabel.lines(dot.node(id).attribute("label"));
            assertTrue(lines.size() >= 2, id);
            lines.forEach(line -> assertTrue(line.length() <= DiagramOptions.DEFAULT_WRAP, id + ": " + line));
        }
    }

    @Test
    void legendExplainsEveryNodeKindAndEdgeKind() {
        ParsedDot dot = parse(SampleMaps.small());
        String legend = String.join("\n", HtmlLabel.lines(dot.node(Legend.NODE_NAME).attribute("label")));
        Stream.of(NodeStyle.values()).forEach(style -> assertTrue(legend.contains(style.caption), style.caption));
        Stream.of(EdgeStyle.values()).forEach(style -> assertTrue(legend.contains(style.meaning), style.meaning));
        assertEquals(Optional.empty(), dot.node(Legend.NODE_NAME).cluster());
    }

    @Test
    void rendererWithoutLegendDrawsNoLegend() {
        String dot = renderer.withoutLegend().render(SampleMaps.small());
        assertFalse(ParsedDot.parse(dot).nodes.containsKey(Legend.NODE_NAME));
        assertFalse(dot.contains("Legend"));
    }

    @Test
    void graphLabelShowsTheMapTitleAndTheSource() {
        ParsedDot dot = parse(SampleMaps.small());
        List<String> lines = HtmlLabel.lines(dot.graphAttributes.get("label").text());
        assertEquals(List.of("Common enemy, separate fights",
                "The St. Petersburg Bombing \u00b7 Nikolas K. Gvosdev"), lines);
        assertEquals("t", dot.graphAttributes.get("labelloc").text());
    }

    @Test
    void mapWithoutTitleOrSourceHasNoGraphLabel() {
        ArgumentMap map = new MapBuilder().statement("t", Kind.THESIS, "Thesis.").done().build();
        ParsedDot dot = parse(map);
        assertFalse(dot.graphAttributes.containsKey("label"));
        assertFalse(dot.graphAttributes.containsKey("labelloc"));
    }

    @Test
    void httpsSourceUrlLinksTheSourceLine() {
        String dot = renderer.render(SampleMaps.small());
        assertTrue(dot.contains("HREF=\"https://nationalinterest.org/feature/the-st-petersburg-bombing\""), dot);
    }

    @Test
    void sourceUrlThatIsNotHttpNeverReachesTheDot() {
        for (String url : List.of("javascript:alert(document.cookie)", "JavaScript:alert(1)",
                " javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "file:///etc/passwd",
                "vbscript:msgbox(1)", "//example.org/no-scheme", "https://exa mple.org/\"onmouseover=\"x")) {
            ArgumentMap map = new MapBuilder().title("T").source("Source", null, url)
                    .statement("t", Kind.THESIS, "Thesis.").done().build();
            String dot = renderer.render(map);
            String lower = dot.toLowerCase(java.util.Locale.ROOT);
            assertAll(url,
                    () -> assertFalse(lower.contains("href"), dot),
                    () -> assertFalse(lower.contains("url"), dot),
                    () -> assertFalse(lower.contains("script"), dot),
                    () -> assertFalse(lower.contains("passwd"), dot),
                    () -> assertTrue(dot.contains("Source"), "the source title is still shown"));
        }
    }

    @Test
    void sourceUrlWithAmpersandIsEscapedInsideTheHtmlLabel() {
        ArgumentMap map = new MapBuilder().title("T").source("S", null, "https://example.org/a?b=1&c=\"2\"")
                .statement("t", Kind.THESIS, "Thesis.").done().build();
        String dot = renderer.render(map);
        assertFalse(dot.contains("HREF"), "a quote makes the URL invalid: " + dot);

        ArgumentMap withQuery = new MapBuilder().title("T").source("S", null, "https://example.org/a?b=1&c=2")
                .statement("t", Kind.THESIS, "Thesis.").done().build();
        String label = parse(withQuery).graphAttributes.get("label").text();
        HtmlLabel.parse(label);
        assertTrue(label.contains("HREF=\"https://example.org/a?b=1&amp;c=2\""), label);
    }

    @Test
    void hostileTextStaysLiteralTextInsideItsLabel() {
        List<String> hostile = List.of(
                "<script>alert('x')</script> is not markup",
                "Fish & chips > salad < soup",
                "She said \"no\" and 'never'",
                "\"]; evil [label=\"pwned",
                "\"> ]; evil2 -> \"separate-fights",
                "Backslashes \\N \\G \\l \\n \\\\ and a trailing one \\",
                "Русский текст с переносами строк и длинными словами",
                "中文的论证图应该正确换行并保持可读性，即使没有空格也一样",
                "Mixed Ελληνικά, עברית and emoji \uD83D\uDE00 text");
        MapBuilder builder = new MapBuilder()
                .title(hostile.get(0))
                .source(hostile.get(1), hostile.get(2), null)
                .perspective("side", hostile.get(3))
                .statement("t", Kind.THESIS, hostile.get(4)).title(hostile.get(5)).done();
        for (int i = 0; i < hostile.size(); i++) {
            builder.statement("s" + i, Kind.PREMISE, hostile.get(i)).in("side").supports("t").done();
        }
        builder.argument("arg", ArgumentKind.SUPPORT, List.of("s0", "s1"), "t", hostile.get(3));
        ArgumentMap map = builder.build();

        String dot = renderer.render(map);
        ParsedDot parsed = ParsedDot.parse(dot);

        Set<String> expectedNodes = new HashSet<>(map.statements().keySet());
        expectedNodes.add("arg");
        expectedNodes.add(Legend.NODE_NAME);
        assertEquals(expectedNodes, parsed.nodes.keySet(), "no injected nodes");
        assertEquals(hostile.size() + 3, parsed.edges.size(), "no injected edges");
        assertFalse(dot.contains("<script>"), "raw markup never reaches the DOT");

        for (int i = 0; i < hostile.size(); i++) {
            List<String> lines = HtmlLabel.lines(parsed.node("s" + i).attribute("label"));
            String shown = String.join(" ", lines.subList(1, lines.size()));
            String expected = hostile.get(i).replace("\\", "\\\\");
            assertEquals(expected.replace(" ", ""), shown.replace(" ", ""), "statement s" + i);
        }
        List<String> thesisLines = HtmlLabel.lines(parsed.node("t").attribute("label"));
        assertTrue(thesisLines.contains("Backslashes \\\\N \\\\G \\\\l \\\\n \\\\\\\\ and a"), thesisLines.toString());
        assertEquals(List.of("\"]; evil [label=\"pwned"),
                HtmlLabel.lines(parsed.subgraphs.get(0).attributes().get("label").text()));
        String title = String.join(" ", HtmlLabel.lines(parsed.graphAttributes.get("label").text()));
        assertTrue(title.startsWith("<script>alert('x')</script> is not markup"), title);
        assertTrue(title.contains("Fish & chips > salad < soup \u00b7 She said \"no\" and 'never'"), title);
    }

    @Test
    void nonLatinTextIsKeptAsCharactersNotEntities() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Россия и США. 中文论证").done().build();
        String dot = renderer.render(map);
        assertTrue(dot.contains("Россия и США."), dot);
        assertTrue(dot.contains("中文论证"), dot);
    }

    @Test
    void relationToAnUnknownIdIsLeftOut() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "Thesis.").done()
                .statement("a", Kind.PREMISE, "A.").supports("t", "missing").done()
                .build();
        ParsedDot dot = parse(map);
        assertEquals(List.of("a->t"), dot.edges.stream().map(e -> e.from() + "->" + e.to()).toList());
        assertFalse(dot.nodes.containsKey("missing"));
    }

    @Test
    void nodesCarryStableSvgIdsNamedAfterTheMapIds() {
        ParsedDot dot = parse(SampleMaps.small());
        assertEquals("statement-separate-fights", dot.node("separate-fights").attribute("id"));
        assertEquals("argument-precedent", dot.node("precedent").attribute("id"));
        assertEquals("perspective-shared-threat", dot.subgraphs.get(0).attributes().get("id").text());
    }

    @Test
    void mapOrderDecidesTheOrderOfNodesInTheDot() {
        ArgumentMap map = SampleMaps.large();
        List<String> declared = parse(map).nodes.keySet().stream()
                .filter(map.statements()::containsKey)
                .collect(Collectors.toList());
        List<String> topLevelFirst = Stream.concat(
                map.statements().values().stream().filter(s -> s.perspective().isEmpty()),
                Stream.concat(
                        map.statements().values().stream().filter(s -> s.perspective().map(Ref::id)
                                .equals(Optional.of("shared-threat"))),
                        map.statements().values().stream().filter(s -> s.perspective().map(Ref::id)
                                .equals(Optional.of("mutual-distrust")))))
                .map(Statement::id)
                .toList();
        assertEquals(topLevelFirst, declared);
    }

    // views

    @Test
    void wholeViewDrawsExactlyAsTheMap() {
        assertEquals(renderer.render(SampleMaps.small()), renderer.render(View.WHOLE.apply(SampleMaps.small())));
        assertEquals(renderer.render(SampleMaps.large()), renderer.render(View.WHOLE.apply(SampleMaps.large())));
    }

    @Test
    void perspectiveViewOfTheSmallMapRendersExactlyAsTheGoldenFile() {
        GoldenFiles.assertMatchesGolden("small-map--perspective-mutual-distrust.dot",
                renderer.render(new View.OfPerspective("mutual-distrust").apply(SampleMaps.small())));
    }

    @Test
    void focusViewOfTheSmallMapRendersExactlyAsTheGoldenFile() {
        GoldenFiles.assertMatchesGolden("small-map--focus-distrust-1.dot",
                renderer.render(new View.Focus("distrust", 1).apply(SampleMaps.small())));
    }

    @Test
    void partialViewSaysUnderTheTitleWhatItLeftOut() {
        ViewResult view = new View.OfPerspective("shared-threat").apply(SampleMaps.large());
        List<String> lines = HtmlLabel.lines(parse(view).graphAttributes.get("label").text());
        assertEquals("Common enemy, separate fights", lines.get(0));
        assertEquals(List.of("Partial view: perspective \u201cShared threat\u201d and the thesis",
                "Not shown: " + view.omittedStatements().size() + " statements, " + view.omittedArguments().size()
                        + " arguments (see argmap render --help)"), lines.subList(lines.size() - 2, lines.size()));
    }

    @Test
    void partialViewMarksExactlyTheNodesWithRelationsToLeftOutOnesWithTheirCount() {
        ArgumentMap map = SampleMaps.large();
        for (View view : List.of(new View.OfPerspective("mutual-distrust"), new View.Focus("distrust", 1),
                new View.Focus("precedent", 0))) {
            ViewResult result = view.apply(map);
            ParsedDot dot = ParsedDot.parse(renderer.render(result));
            Map<String, String> marked = new java.util.LinkedHashMap<>();
            for (ParsedDot.Node node : dot.nodes.values()) {
                List<String> lines = HtmlLabel.lines(node.attribute("label"));
                String last = lines.get(lines.size() - 1);
                if (last.endsWith(" not shown")) {
                    marked.put(node.name(), last);
                }
            }
            Map<String, String> expected = new java.util.LinkedHashMap<>();
            result.hiddenRelations().forEach((id, count) ->
                    expected.put(id, "+" + count + (count == 1 ? " link" : " links") + " not shown"));
            assertFalse(expected.isEmpty(), view.toString());
            assertEquals(expected, marked, view.toString());
        }
    }

    @Test
    void markedNodesKeepTheirTextAndStyle() {
        ViewResult view = new View.Focus("distrust", 0).apply(SampleMaps.small());
        ParsedDot.Node alone = parse(view).node("distrust");
        ParsedDot.Node whole = parse(SampleMaps.small()).node("distrust");
        List<String> lines = HtmlLabel.lines(alone.attribute("label"));
        assertEquals(HtmlLabel.lines(whole.attribute("label")), lines.subList(0, lines.size() - 1));
        assertEquals(whole.attribute("style"), alone.attribute("style"));
        assertEquals(whole.attribute("color"), alone.attribute("color"));
    }

    @Test
    void viewThatLeavesNothingOutDrawsNoNoteAndNoMarks() {
        ArgumentMap map = SampleMaps.small();
        ViewResult everything = new View.Focus("old-news", 5).apply(map);
        assertFalse(everything.isPartial());
        assertEquals(renderer.render(map), renderer.render(everything));
    }

    @Test
    void partialViewOfAMapWithoutTitleOrSourceStillSaysSo() {
        ArgumentMap map = new MapBuilder()
                .statement("t", Kind.THESIS, "T.").done()
                .statement("a", Kind.PREMISE, "A.").supports("t").done()
                .build();
        ParsedDot dot = parse(new View.Focus("t", 0).apply(map));
        assertEquals(List.of("Partial view: \u201ct\u201d alone", "Not shown: 1 statement (see argmap render --help)"),
                HtmlLabel.lines(dot.graphAttributes.get("label").text()));
        assertEquals("t", dot.graphAttributes.get("labelloc").text());
    }

    private ParsedDot parse(ViewResult view) {
        return ParsedDot.parse(renderer.render(view));
    }
}
