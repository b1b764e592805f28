package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DiagramOptions;
import org.junit.jupiter.api.Test;

class MermaidExporterTest {

    private final MermaidExporter exporter = new MermaidExporter();

    @Test
    void smallMapMatchesItsGoldenFile() {
        assertMatchesGolden("export/small-map.mmd", JsonExporterTest.export(exporter, ExporterGolden.map()));
    }

    @Test
    void essayMapMatchesItsGoldenFile() throws IOException {
        assertMatchesGolden("export/st-petersburg-bombing.mmd", JsonExporterTest.export(exporter, JsonExporterTest.essay()));
    }

    @Test
    void textThatIsMermaidSyntaxStaysText() {
        assertEquals("say #34;hi#34; #35;1 #60;b#62; #38; #96;x#96; #92;n [a] {b} (c) end",
                MermaidExporter.label("say \"hi\" #1 <b> & `x` \\n [a] {b} (c) end"));
        assertEquals("one line", MermaidExporter.label("one\nline\u0007"));
    }

    @Test
    void longLabelsAreCutAtAWord() {
        String text = "word ".repeat(60);
        String label = MermaidExporter.shortened(text);
        assertEquals("word ".repeat(29) + "word\u2026", label);
        assertEquals("short text", MermaidExporter.shortened(" short\n text "));
        String unbroken = "x".repeat(200);
        assertEquals("x".repeat(MermaidExporter.LABEL_LIMIT - 1) + "\u2026", MermaidExporter.shortened(unbroken));
        String emoji = "🎉".repeat(200);
        assertEquals("🎉".repeat(MermaidExporter.LABEL_LIMIT - 1) + "\u2026", MermaidExporter.shortened(emoji));
    }

    @Test
    void titleStaysOneQuotedYamlLine() {
        assertEquals("\"a \\\"b\\\" \\\\ c\"", MermaidExporter.frontMatterTitle("a \"b\" \\\nc"));
    }

    @Test
    void idsAreNeverKeywords() {
        assertEquals("n_end", MermaidExporter.nodeId("end"));
        assertEquals("n_as_after_9_11", MermaidExporter.nodeId("as-after-9-11"));
    }

    @Test
    void essayTellsRelationsApart() throws IOException {
        String chart = JsonExporterTest.export(exporter, JsonExporterTest.essay());
        assertTrue(chart.contains(" --> n_separate_fights"), chart);
        assertTrue(chart.contains(" --x "), chart);
        assertTrue(chart.contains(" -- undercuts --x n_"), chart);
        assertTrue(chart.contains("  subgraph p_shared_threat[\"Shared threat\"]\n"), chart);
        assertTrue(chart.contains("  linkStyle "), chart);
        assertFalse(chart.contains("\r"));
    }

    @Test
    void theMapsRenderDirectionTurnsTheChart() {
        String map = """
                argmap: 1
                statements:
                  t: {kind: thesis, text: The thesis.}
                  p: {text: A reason., supports: t}
                render:
                  direction: %s
                """;
        // edges run from the reasons to the thesis, so the flow is the opposite of the reading direction
        assertTrue(MermaidExporter.flowchart(ExportSamples.map(map.formatted("TB"))).contains("\nflowchart BT\n"));
        assertTrue(MermaidExporter.flowchart(ExportSamples.map(map.formatted("RL"))).contains("\nflowchart LR\n"));
        // as argmap's diagram: the same default, and Graphviz's rankdir for each direction
        ArgumentMap noDirection = ExportSamples.map(map.replaceAll("render:\\n.*\\n", ""));
        assertEquals(DiagramOptions.DEFAULT.direction().rankdir(), MermaidExporter.flow(noDirection));
        for (DiagramOptions.Direction direction : DiagramOptions.Direction.values()) {
            assertEquals(direction.rankdir(), MermaidExporter.flow(ExportSamples.map(map.formatted(direction.name()))));
        }
    }

    @Test
    void theDocsExampleIsTheExportOfTheMapAboveIt() throws IOException {
        DocsExample example = docsExample();
        assertEquals(example.chart(), MermaidExporter.flowchart(ExportSamples.map(example.yaml())));
    }

    @Test
    void docsAndCiNameTheMermaidTheExportIsTestedAgainst() throws IOException {
        assertTrue(Files.readString(Path.of("docs/interchange.md")).contains("Mermaid " + MermaidRenderTest.VERSION + "**"));
        assertTrue(Files.readString(Path.of(".ci/run")).contains("\nmermaid_version=" + MermaidRenderTest.VERSION + "\n"));
    }

    /** The map and its chart that docs/interchange.md shows in its Mermaid section. */
    record DocsExample(String yaml, String chart) {
    }

    static DocsExample docsExample() throws IOException {
        String docs = Files.readString(Path.of("docs/interchange.md"), StandardCharsets.UTF_8);
        Matcher blocks = Pattern.compile("```yaml\n(argmap: 1\n.*?)```\n\n```mermaid\n(.*?)```", Pattern.DOTALL)
                .matcher(docs);
        assertTrue(blocks.find(), "docs/interchange.md shows no map with its Mermaid chart");
        return new DocsExample(blocks.group(1), blocks.group(2));
    }
}
