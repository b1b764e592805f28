package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.render.engine.ExecutableSearch;
import org.argmap.render.engine.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class RenderCommandTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static Document parseXml(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    @Test
    void essayMapIsDrawnWithTheEmbeddedEngine() throws Exception {
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), CheckCommandTest.ESSAY_MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        Path svg = out.resolve("st-petersburg-bombing.svg");
        assertTrue(run.out().contains("wrote " + svg + " (embedded engine)"), run::all);
        String text = Files.readString(svg);
        Document doc = parseXml(text);
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(text.contains("Shared threat") && text.contains("Mutual distrust"), "both perspectives are drawn");
        // Graphviz writes '-' in ids as a character reference; the parsed document has the plain id
        var ids = javax.xml.xpath.XPathFactory.newInstance().newXPath()
                .evaluate("count(//*[@id='statement-separate-fights'])", doc);
        assertEquals("1", ids, "statement ids become element ids");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.count(), "no temporary file is left behind");
        }
    }

    @Test
    void mapWithErrorsIsNotDrawnAndItsEarlierDiagramStays() throws IOException {
        Path map = write("m.yaml", CheckCommandTest.VALID.replace("supports: separate-fights", "supports: nowhere"));
        Path out = dir.resolve("out");
        Path earlier = write("out/m.svg", "<svg>earlier</svg>");
        byte[] before = Files.readAllBytes(earlier);
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[dangling-reference]"), run::all);
        assertTrue(run.out().contains("not drawn: " + map), run::all);
        assertArrayEquals(before, Files.readAllBytes(earlier));
    }

    @Test
    void goodMapsAreDrawnEvenWhenAnotherHasErrors() throws IOException {
        Path good = write("maps/good.yaml", CheckCommandTest.VALID);
        Path bad = write("maps/bad.yaml", CheckCommandTest.VALID.replace("kind: thesis", "kind: premise"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), good.toString(), bad.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(Files.exists(out.resolve("good.svg")));
        assertFalse(Files.exists(out.resolve("bad.svg")));
    }

    @Test
    void unknownEngineIsAUsageError() throws IOException {
        CliRun run = CliRun.of("render", "--engine", "graal", write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("unknown engine 'graal'"), run::all);
    }

    @Test
    void nativeEngineWithoutDotExitsTwoWithInstallHelp() throws IOException {
        assumeFalse(ExecutableSearch.findOnPath("dot", Platform.current()).isPresent(), "native dot is installed here");
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("render", "--engine", "native", "-o", out.toString(), write("m.yaml", CheckCommandTest.VALID).toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().toLowerCase().contains("install"), run::all);
        assertFalse(Files.exists(out.resolve("m.svg")));
        assertFalse(run.all().contains("\tat "), run::all);
    }

    @Test
    void twoMapsWithTheSameNameAreRefused() throws IOException {
        Path a = write("a/m.yaml", CheckCommandTest.VALID);
        Path b = write("b/m.yaml", CheckCommandTest.VALID);
        CliRun run = CliRun.of("render", "-o", dir.resolve("out").toString(), a.toString(), b.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("would be drawn to"), run::all);
    }

    @Test
    void missingEngineDoesNotHideTheFindingsOfABrokenMap() throws IOException {
        assumeFalse(ExecutableSearch.findOnPath("dot", Platform.current()).isPresent(), "native dot is installed here");
        Path map = write("m.yaml", CheckCommandTest.VALID.replace("supports: separate-fights", "supports: nowhere"));
        CliRun run = CliRun.of("render", "--engine", "native", "-o", dir.resolve("out").toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("error[dangling-reference]"), run::all);
    }
}
