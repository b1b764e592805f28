package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.ExecutableSearch;
import org.argmap.render.engine.NativeDotEngine;
import org.argmap.render.engine.Platform;
import org.argmap.render.engine.WasmGraphvizEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What a reader of the SVG gets, through a real Graphviz engine: tooltips that read as the map's
 * text, element ids that other pages can link to. Runs with the embedded engine, and with native
 * {@code dot} when it is on PATH.
 */
class DotRendererSvgTest {

    private static final String HOSTILE = "She said \"no\" & meant <b>it</b>; \\N \\G \\n stay, &#10; too \\";

    private static ArgumentMap map() {
        return new MapBuilder()
                .title("T")
                // no '&' in the URL: native dot 2.43 writes it bare into xlink:href, which no XML parser reads
                .source("The source", null, "https://example.org/essay?id=7")
                .perspective("one-side", "One side")
                .statement("the-thesis", Kind.THESIS, "Россия и США. 中文论证。 العربية هنا.")
                        .title("Three scripts").done()
                .statement("hostile", Kind.PREMISE, HOSTILE)
                        .quotes("a \\ backslash", "<script>alert(1)</script>").note("Note with 'quotes'.")
                        .in("one-side").done()
                .statement("other", Kind.PREMISE, "Other premise.").title("Other").in("one-side").done()
                .argument("together", ArgumentKind.SUPPORT, List.of("hostile", "other"), "the-thesis",
                        "argument from \"sign\"")
                .build();
    }

    private static Optional<Engine> engine(String name) {
        if (name.equals("native")) {
            return ExecutableSearch.findOnPath("dot", Platform.current()).map(NativeDotEngine::new);
        }
        return Optional.of(WasmGraphvizEngine.start());
    }

    /** The map's SVG from each engine, drawn once: the embedded engine takes a second to start. */
    private static final Map<String, String> DRAWN = new HashMap<>();

    private static Document svg(String engineName) throws Exception {
        if (!DRAWN.containsKey(engineName)) {
            Optional<Engine> engine = engine(engineName);
            assumeTrue(engine.isPresent(), "no " + engineName + " engine here");
            try (Engine running = engine.get()) {
                DRAWN.put(engineName, running.renderSvg(new DotRenderer().render(map())));
            }
        }
        String svg = DRAWN.get(engineName);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The xlink:title of the link Graphviz wraps around a node's drawing, as XML reads it. */
    private static String tooltip(XPath xpath, Document svg, String elementId) throws Exception {
        return xpath.evaluate("//*[@id='" + elementId + "']//*[local-name()='a']/@*[local-name()='title']", svg);
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"embedded", "native"})
    void tooltipsReadAsTheMapsTextLineByLine(String engineName) throws Exception {
        Document svg = svg(engineName);
        XPath xpath = XPathFactory.newInstance().newXPath();
        assertAll(
                () -> assertEquals(String.join("\n", HOSTILE,
                                "Quote: \u201ca \\ backslash\u201d", "Quote: \u201c<script>alert(1)</script>\u201d",
                                "Note: Note with 'quotes'."),
                        tooltip(xpath, svg, "statement-hostile")),
                () -> assertEquals("Three scripts\nРоссия и США. 中文论证。 العربية هنا.",
                        tooltip(xpath, svg, "statement-the-thesis")),
                () -> assertEquals(String.join("\n", "argument from \"sign\"", "Supports: Three scripts", "Premises:",
                                "\u2022 " + HOSTILE, "\u2022 Other"),
                        tooltip(xpath, svg, "argument-together")));
    }

    @ParameterizedTest(name = "{0} engine")
    @ValueSource(strings = {"embedded", "native"})
    void everyNodeAndPerspectiveKeepsItsElementIdAndTheSourceLinkStaysHttps(String engineName) throws Exception {
        Document svg = svg(engineName);
        XPath xpath = XPathFactory.newInstance().newXPath();
        for (String id : List.of("statement-the-thesis", "statement-hostile", "statement-other", "argument-together",
                "perspective-one-side", "argmap-legend")) {
            NodeList found = (NodeList) xpath.evaluate("//*[@id='" + id + "']", svg, XPathConstants.NODESET);
            assertEquals(1, found.getLength(), id);
            assertEquals("g", found.item(0).getLocalName(), id);
        }
        assertEquals("https://example.org/essay?id=7",
                xpath.evaluate("//*[local-name()='a'][@*[local-name()='title']='Source']/@*[local-name()='href']", svg));
        assertEquals("1", xpath.evaluate("count(//*[local-name()='a']/@*[local-name()='href'])", svg),
                "the source is the only link");
    }
}
