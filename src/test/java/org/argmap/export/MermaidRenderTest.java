package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.argmap.fixtures.Chromium;
import org.argmap.fixtures.GeneratedMaps;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Relation;
import org.argmap.model.Statement;
import org.argmap.model.StatementGroups;
import org.argmap.text.Characters;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@link MermaidExporter} writes, drawn by Mermaid itself in headless Chromium with the
 * settings GitHub uses ({@code securityLevel: 'strict'}), and the drawing read back from the DOM:
 * no parse error, one node per statement and argument with the map's text and its kind's class
 * and colours, one edge per relation with its own arrowhead, one box per perspective. The golden
 * tests fix the text; this test shows that the text means to Mermaid what it is meant to.
 *
 * <p>Mermaid {@value #VERSION} (npm's {@code mermaid}, the major version GitHub draws with) is
 * installed by {@code .ci/run} into {@code ~/.cache/argmap-mermaid}, outside the repository; without
 * it, or without Chromium, the tests skip and say how to get them.
 */
class MermaidRenderTest {

    /** The Mermaid the export is tested against; docs/interchange.md names it. */
    static final String VERSION = "11.17.2";

    /** About the width of the column GitHub shows a Markdown file in, in CSS pixels. */
    private static final int COLUMN = 880;

    static final Path PACKAGE = Path.of(System.getProperty("user.home"), ".cache", "argmap-mermaid", "node_modules",
            "mermaid");

    /** The classDef colours each kind is drawn in, as Chromium computes them. */
    private static final Map<String, String> FILLS = Map.of(
            "thesis", "rgb(253, 233, 169)", "premise", "rgb(216, 240, 216)", "counterpoint", "rgb(248, 215, 215)",
            "rebuttal", "rgb(220, 230, 248)", "argument", "rgb(238, 238, 238)");

    /**
     * Every kind, every relation, undercuts by a statement and by an argument, linked arguments,
     * implicit statements and qualifiers, perspectives; ids that are Mermaid words or start with
     * the letters of Mermaid's arrowheads; and text that is Mermaid syntax, HTML, entity codes,
     * Markdown, other scripts, a bidi override, or long.
     */
    static final String AWKWARD = """
            argmap: 1
            title: "Awkward: \\"quotes\\" & <b>tags</b> #1 %%%% not a comment --> [x] {y} (z) `code` \\\\ end style:#1; ¶ß ﬂ°°"
            perspectives:
              end: {label: "End <i>side</i> & \\"#2\\" [a] (b)"}
              subgraph: {label: "subgraph; style class click"}
            statements:
              graph:
                kind: thesis
                title: "Say \\"hi\\" #1 <b>bold</b> & &amp; #35; `x` \\\\n [a] {b} (c) | d ; e end"
                text: The thesis.
                qualifier: {quote: "almost *certainly*"}
              style:
                perspective: end
                text: "A --> B --x C --- D -- label --> E ::: premise %%%% comment classDef x fill:#f00"
                supports: graph
              class:
                perspective: end
                text: "<script>alert(1)</script> <img src=x onerror=alert(2)> &lt;not a tag&gt; &#60;"
                attacks: graph
                qualifier: maybe
              x-ray:
                perspective: subgraph
                text: "Ünïcödé 中文 العربية עברית 🎉 ‮evil‬ *star* _under_ **bold** # heading - item 1. list"
                attacks: class
              o-ring:
                perspective: subgraph
                implicit: true
                text: "Long: %s"
                attacks: link
              click:
                perspective: end
                text: "default linkStyle subgraph end flowchart TD"
                implicit: true
              2004-beslan:
                perspective: end
                text: "Premise with a\\ttab and a\\nline break"
              a-b-c:
                text: "[reconstructed] looks like a mark; (maybe) looks like a qualifier"
                implicit: true
                attacks: against
            arguments:
              link:
                kind: support
                premises: [click, 2004-beslan]
                conclusion: graph
                scheme: "expert-opinion"
              against:
                kind: attack
                premises: [x-ray, o-ring]
                conclusion: class
              undercut:
                kind: attack
                premises: [a-b-c]
                conclusion: link
            """.formatted("words ¶ß ﬂ°° ﬂ° #1; ".repeat(120).strip());

    private static Path bundle;

    @BeforeAll
    static void mermaid() throws IOException {
        Path script = PACKAGE.resolve("dist").resolve("mermaid.min.js");
        assumeTrue(Files.isRegularFile(script), "SKIPPED: Mermaid is absent; `.ci/run` installs it with "
                + "`npm install --prefix ~/.cache/argmap-mermaid mermaid@" + VERSION + "`");
        String installed = new JsonMapper().readTree(PACKAGE.resolve("package.json").toFile()).get("version").asText();
        assertEquals(VERSION, installed, "the export is tested against Mermaid " + VERSION + "; run `npm install "
                + "--prefix ~/.cache/argmap-mermaid mermaid@" + VERSION + "` (as .ci/run does)");
        bundle = script;
    }

    static Map<String, ArgumentMap> maps() throws IOException {
        Map<String, ArgumentMap> maps = new LinkedHashMap<>();
        maps.put("essay", JsonExporterTest.essay());
        maps.put("small", ExporterGolden.map());
        maps.put("awkward", ExportSamples.map(AWKWARD));
        maps.put("generated", ExportSamples.map(GeneratedMaps.yaml(80, 7, true)));
        maps.put("docs", ExportSamples.map(MermaidExporterTest.docsExample().yaml()));
        return maps;
    }

    @Test
    void everyChartDrawsEveryStatementArgumentRelationAndPerspective(@TempDir Path dir) throws Exception {
        Map<String, ArgumentMap> maps = maps();
        Map<String, String> charts = new LinkedHashMap<>();
        maps.forEach((name, map) -> charts.put(name, MermaidExporter.flowchart(map)));
        Document dom = draw(dir, charts);
        for (Map.Entry<String, ArgumentMap> entry : maps.entrySet()) {
            assertDrawn(entry.getKey(), entry.getValue(), dom);
        }
        assertReadableInAColumn(dom);
    }

    /** The test's own checks can fail: a chart that is not Mermaid is reported, not drawn. */
    @Test
    void aChartMermaidCannotReadIsReportedAsAnError(@TempDir Path dir) throws Exception {
        Document dom = draw(dir, Map.of("broken", "flowchart RL\n  n_a[\"an unclosed label\n  n_b --> n_a\n"));
        Element chart = dom.getElementById("chart-broken");
        assertNotNull(chart);
        assertTrue(chart.select("pre.error").text().contains("Parse error"), chart.outerHtml());
    }

    /**
     * Mermaid shrinks a chart wider than its column to fit, text and all: drawn at its own size, the
     * essay's chart must leave its 16-pixel text readable in a column as wide as GitHub's. (Drawn
     * bottom to top at Mermaid's spacing, it was 5,950 pixels wide, its text under 3 pixels high.)
     */
    private static void assertReadableInAColumn(Document dom) {
        Element svg = dom.selectFirst("#chart-essay svg");
        assertNotNull(svg, "the essay is not drawn");
        Matcher viewBox = Pattern.compile("\\S+ \\S+ (\\S+) \\S+").matcher(svg.attr("viewBox"));
        assertTrue(viewBox.matches(), svg.attr("viewBox"));
        double textHeight = 16 * Math.min(1, COLUMN / Double.parseDouble(viewBox.group(1)));
        assertTrue(textHeight >= 7, "the essay's text is drawn " + textHeight + " pixels high in a " + COLUMN
                + "-pixel column");
    }

    /**
     * The essay's drawing as a reader of a Markdown page sees it, in a column as wide as GitHub's,
     * shows every kind in its own colour. The picture is left in target/mermaid for looking at; it
     * is not compared, as its pixels depend on the fonts installed.
     */
    @Test
    void theEssaysPictureShowsEveryKindInItsColour(@TempDir Path dir) throws Exception {
        Chromium chromium = Chromium.require();
        Path page = page(dir, Map.of("essay", MermaidExporter.flowchart(JsonExporterTest.essay())), COLUMN);
        Path png = Path.of("target", "mermaid", "st-petersburg-bombing.png");
        Files.createDirectories(png.getParent());
        chromium.screenshot(page.toUri(), png, COLUMN, 1000, Duration.ofSeconds(30));
        BufferedImage image = ImageIO.read(png.toFile());
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                colours.add(image.getRGB(x, y) & 0xffffff);
            }
        }
        for (Map.Entry<String, String> fill : FILLS.entrySet()) {
            Matcher rgb = Pattern.compile("rgb\\((\\d+), (\\d+), (\\d+)\\)").matcher(fill.getValue());
            assertTrue(rgb.matches());
            int colour = Integer.parseInt(rgb.group(1)) << 16 | Integer.parseInt(rgb.group(2)) << 8
                    | Integer.parseInt(rgb.group(3));
            assertTrue(colours.contains(colour), "no " + fill.getKey() + " in the picture " + png);
        }
    }

    private static void assertDrawn(String name, ArgumentMap map, Document dom) {
        Element chart = dom.getElementById("chart-" + name);
        assertNotNull(chart, name + ": not drawn at all");
        assertEquals("", chart.select("pre.error").text(), name + ": Mermaid refused the chart");
        assertTrue(chart.select(".error-icon, .error-text").isEmpty(), name + ": Mermaid drew its error picture");
        String prefix = "svg-" + name + "-";

        // Mermaid draws its sanitiser's HTML as text, so & < > in a title are written as look-alikes
        map.title().ifPresent(title -> assertEquals(shown(title.value()).replace('&', '\uff06').replace('<', '\u2039')
                .replace('>', '\u203a'),
                chart.select(".flowchartTitleText").text(), name + ": title"));

        Map<String, Element> nodes = new TreeMap<>();
        Pattern nodeId = Pattern.compile(Pattern.quote(prefix + "flowchart-") + "(.+)-\\d+");
        for (Element node : chart.select("g.node")) {
            Matcher id = nodeId.matcher(node.id());
            assertTrue(id.matches(), name + ": a node with an unexpected id " + node.id());
            assertEquals(null, nodes.put(id.group(1), node), name + ": two nodes " + id.group(1));
        }
        Map<String, String> expectedText = new TreeMap<>();
        Map<String, String> expectedClass = new HashMap<>();
        for (Statement statement : map.statements().values()) {
            expectedText.put(MermaidExporter.nodeId(statement.id()), shown(statement.annotatedLabel()));
            expectedClass.put(MermaidExporter.nodeId(statement.id()), statement.kind().word());
        }
        for (Argument argument : map.arguments().values()) {
            expectedText.put(MermaidExporter.nodeId(argument.id()),
                    argument.kind().word() + argument.scheme().map(s -> ": " + s.value()).orElse(""));
            expectedClass.put(MermaidExporter.nodeId(argument.id()), "argument");
        }
        assertEquals(expectedText.keySet(), nodes.keySet(), name + ": one node per statement and argument");
        for (Map.Entry<String, Element> node : nodes.entrySet()) {
            String id = node.getKey();
            Element element = node.getValue();
            String drawn = element.select(".nodeLabel").text();
            String expected = expectedText.get(id);
            if (expected.length() > MermaidExporter.LABEL_LIMIT) {
                // cut at a word, and said to be cut
                assertTrue(drawn.endsWith("\u2026") && expected.startsWith(drawn.substring(0, drawn.length() - 1))
                        && drawn.length() > MermaidExporter.LABEL_LIMIT / 2 && drawn.length() <= MermaidExporter.LABEL_LIMIT,
                        name + ": text of " + id + ": " + drawn);
            } else {
                assertEquals(expected, drawn, name + ": text of " + id);
            }
            assertTrue(element.select(".nodeLabel *").stream()
                    .allMatch(e -> e.tagName().equals("p")), name + ": markup in the text of " + id + ": " + element);
            assertTrue(element.classNames().contains(expectedClass.get(id)), name + ": classes of " + id + ": "
                    + element.className());
            assertEquals(FILLS.get(expectedClass.get(id)), element.attr("data-fill"), name + ": fill of " + id);
            boolean implicit = map.statements().containsKey(statementId(map, id))
                    && map.statements().get(statementId(map, id)).implicit();
            assertEquals(implicit, element.classNames().contains("implicit"), name + ": implicit class of " + id);
            assertEquals(implicit, !element.attr("data-dash").equals("none"), name + ": dashed border of " + id
                    + ": " + element.attr("data-dash"));
        }

        List<String> edges = new ArrayList<>();
        Map<String, Element> edgeById = new HashMap<>();
        for (Element edge : chart.select("path.flowchart-link")) {
            edges.add(edge.attr("data-id"));
            edgeById.put(edge.attr("data-id"), edge);
        }
        List<String> expectedEdges = new ArrayList<>();
        for (Relation relation : map.relations().edges()) {
            String id = "L_" + MermaidExporter.nodeId(relation.from()) + "_" + MermaidExporter.nodeId(relation.to()) + "_0";
            expectedEdges.add(id);
            Element edge = edgeById.get(id);
            assertNotNull(edge, name + ": no edge " + id + " among " + edges);
            String head = edge.attr("marker-end");
            switch (relation.type()) {
                case SUPPORTS -> assertTrue(head.contains("_flowchart-v2-pointEnd"), name + ": " + id + " ends in " + head);
                case ATTACKS -> assertTrue(head.contains("_flowchart-v2-crossEnd"), name + ": " + id + " ends in " + head);
                case PREMISE -> assertEquals("", head, name + ": " + id + " has a head");
            }
            String stroke = edge.attr("data-stroke");
            assertEquals(relation.type() == Relation.Type.ATTACKS, stroke.equals("rgb(198, 40, 40)"),
                    name + ": colour of " + id + ": " + stroke);
        }
        assertEquals(expectedEdges.size(), edges.size(), name + ": one edge per relation: " + edges);
        long undercuts = map.relations().edges().stream()
                .filter(r -> r.type() == Relation.Type.ATTACKS && map.arguments().containsKey(r.to())).count();
        assertEquals(undercuts, chart.select(".edgeLabel p").stream().filter(p -> p.text().equals("undercuts")).count(),
                name + ": one 'undercuts' label per undercut");

        Map<String, String> clusters = new TreeMap<>();
        for (Element cluster : chart.select("g.cluster")) {
            clusters.put(cluster.id(), cluster.select(".cluster-label").text());
        }
        Map<String, String> expectedClusters = new TreeMap<>();
        for (StatementGroups.Group group : StatementGroups.of(map)) {
            group.perspective().ifPresent(p ->
                    expectedClusters.put(prefix + MermaidExporter.perspectiveId(p.id()), shown(p.displayName())));
        }
        assertEquals(expectedClusters, clusters, name + ": one box per perspective, with its name");
    }

    private static String statementId(ArgumentMap map, String nodeId) {
        return map.statements().keySet().stream().filter(id -> MermaidExporter.nodeId(id).equals(nodeId))
                .findFirst().orElse("");
    }

    /**
     * Text as a reader should see it drawn: on one line, a bidi override shown as its escape, and
     * Mermaid's stand-ins for entity codes broken up ("ﬂ" as "fl", "¶ß" as "¶ ß").
     */
    private static String shown(String text) {
        return Characters.showingBidiOverrides(text).replace("\ufb02", "fl").replace("\u00b6\u00df", "\u00b6 \u00df")
                .replaceAll("\\s+", " ").strip();
    }

    /** The charts drawn by Mermaid in Chromium, as the DOM it leaves. */
    private static Document draw(Path dir, Map<String, String> charts) throws IOException, InterruptedException {
        Chromium chromium = Chromium.require();
        Path page = page(dir, charts, COLUMN);
        Document dom = Jsoup.parse(chromium.dumpDom(page.toUri(), Duration.ofSeconds(30)));
        assertEquals("yes", dom.body().attr("data-done"), "the page did not finish drawing: " + dom.body().attr("data-done"));
        return dom;
    }

    /**
     * A page that draws each chart with {@code mermaid.render} into a section of its own, and writes
     * Mermaid's error instead when it refuses one. After drawing, each node carries the fill and
     * dash pattern Chromium computed for its outline, and each edge its stroke colour, so the DOM
     * tells whether the classes and link styles took effect.
     */
    static Path page(Path dir, Map<String, String> charts, int width) throws IOException {
        StringBuilder list = new StringBuilder("[");
        charts.forEach((name, chart) -> list.append('[').append(jsString(name)).append(',').append(jsString(chart))
                .append("],"));
        list.append(']');
        String html = """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><style>body { margin: 0; width: %dpx; background: #fff }</style>
                <script src="%s"></script></head>
                <body data-done="no">
                <script>
                window.addEventListener('error', e => document.body.setAttribute('data-done', 'error: ' + e.message));
                mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                (async () => {
                  for (const [name, text] of %s) {
                    const section = document.createElement('section');
                    section.id = 'chart-' + name;
                    document.body.appendChild(section);
                    try {
                      section.innerHTML = (await mermaid.render('svg-' + name, text)).svg;
                    } catch (e) {
                      const error = document.createElement('pre');
                      error.className = 'error';
                      error.textContent = String(e && e.message || e);
                      section.appendChild(error);
                      continue;
                    }
                    for (const node of section.querySelectorAll('g.node')) {
                      let outline = node.querySelector('.label-container');
                      if (outline && outline.tagName === 'g') outline = outline.querySelector('path');
                      const style = getComputedStyle(outline);
                      node.setAttribute('data-fill', style.fill);
                      node.setAttribute('data-dash', style.strokeDasharray);
                    }
                    for (const edge of section.querySelectorAll('path.flowchart-link')) {
                      edge.setAttribute('data-stroke', getComputedStyle(edge).stroke);
                    }
                  }
                  document.body.setAttribute('data-done', 'yes');
                })();
                </script></body></html>
                """.formatted(width, bundle.toUri(), list);
        Path page = dir.resolve("mermaid.html");
        Files.writeString(page, html, StandardCharsets.UTF_8);
        return page;
    }

    /** A JavaScript string literal that holds any text and cannot end the script element. */
    private static String jsString(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.chars().forEach(c -> {
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '<' || c == '>' || c == '&') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.append('"').toString();
    }
}
