package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The Cyrillic, Chinese and Arabic map of docs/diagrams.md ("Fonts and scripts") checks clean
 * and draws its text as characters, in a font list that lets viewers fall back per glyph.
 */
class ThreeScriptsMapTest {

    static final Path MAP = Path.of("src", "test", "resources", "maps", "three-scripts.yaml");

    @Test
    void mapChecksClean() {
        CliRun run = CliRun.of("check", MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
    }

    @Test
    void embeddedEngineDrawsEveryScriptAsTextInHelveticaWithASansSerifFallback(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.withRealEngines("render", "--engine", "embedded", "-o", dir.toString(), MAP.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document svg = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                Files.readString(dir.resolve("three-scripts.svg")))));
        XPath xpath = XPathFactory.newInstance().newXPath();
        NodeList texts = (NodeList) xpath.evaluate("//*[local-name()='text']", svg, XPathConstants.NODESET);
        List<String> shown = new ArrayList<>();
        Set<String> families = new TreeSet<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            shown.add(text.getTextContent());
            families.add(text.getAttribute("font-family"));
        }
        assertTrue(shown.contains("Больше велодорожек"), shown.toString());
        assertTrue(shown.contains("减少拥堵"), shown.toString());
        assertTrue(shown.contains("الحر"), shown.toString());
        assertTrue(shown.contains("交通") && shown.contains("المناخ"), "perspective labels: " + shown);
        assertEquals(Set.of("Helvetica,sans-Serif"), families);
        assertEquals("الحر\nالطقس الحار في الصيف يجعل ركوب الدراجة إلى العمل متعباً لكثير من الناس.",
                xpath.evaluate("//*[@id='statement-hot-summer']//*[local-name()='a']/@*[local-name()='title']", svg));
    }
}
