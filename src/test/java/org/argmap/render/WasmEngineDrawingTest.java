package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.fixtures.GeneratedMaps;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Statement;
import org.argmap.render.engine.WasmGraphvizEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Real maps, through DotRenderer, drawn by Graphviz as WebAssembly: every statement's text is in
 * the drawing, and the same map gives the same bytes. The large maps take tens of seconds on a
 * loaded two-core machine, so they run only with {@code -Dargmap.slowTests=true}.
 */
class WasmEngineDrawingTest {

    private static WasmGraphvizEngine engine;

    @BeforeAll
    static void start() {
        engine = WasmGraphvizEngine.start();
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    private static ArgumentMap load(Path file) throws Exception {
        return new MapLoader().load(file).map().orElseThrow();
    }

    private static ArgumentMap load(String yaml) {
        return new MapLoader().load("generated.yaml", yaml).map().orElseThrow();
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    /** The text drawn inside each element that has an id, its lines joined by spaces, by id. */
    private static Map<String, String> drawnTexts(Document svg) {
        Map<String, String> texts = new HashMap<>();
        NodeList groups = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.hasAttribute("id")) {
                NodeList lines = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
                List<String> drawn = new ArrayList<>();
                for (int k = 0; k < lines.getLength(); k++) {
                    drawn.add(lines.item(k).getTextContent());
                }
                texts.put(group.getAttribute("id"), String.join(" ", drawn));
            }
        }
        return texts;
    }

    private static String words(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static void assertEveryStatementDrawn(ArgumentMap map, String svg) throws Exception {
        Map<String, String> drawnTexts = drawnTexts(parse(svg));
        for (Statement statement : map.statements().values()) {
            String drawn = words(drawnTexts.getOrDefault("statement-" + statement.id(), ""));
            assertTrue(drawn.contains(words(statement.text().value())),
                    statement.id() + ": drawn as '" + drawn + "'");
        }
    }

    @Test
    void theEssayMapIsDrawnWithEveryStatementsTextAndTheSameBytesTwice() throws Exception {
        ArgumentMap essay = load(Path.of("maps/st-petersburg-bombing.yaml"));
        String dot = new DotRenderer().render(essay);

        String svg = engine.renderSvg(dot);

        assertEquals("svg", parse(svg).getDocumentElement().getLocalName());
        assertEveryStatementDrawn(essay, svg);
        assertEquals(svg, engine.renderSvg(dot), "a second render gives the same bytes");
    }

    @Test
    @EnabledIfSystemProperty(named = "argmap.slowTests", matches = "true")
    void aGeneratedMapOfTwoThousandStatementsIsDrawn() throws Exception {
        ArgumentMap map = load(GeneratedMaps.yaml(2000, 7));
        assertEveryStatementDrawn(map, engine.renderSvg(new DotRenderer().render(map)));
    }

    @Test
    @EnabledIfSystemProperty(named = "argmap.slowTests", matches = "true")
    void aChainOfFiveThousandAttacksIsDrawnOnTheLargeRenderStack() throws Exception {
        ArgumentMap map = load(GeneratedMaps.attackChain(5000));
        assertEveryStatementDrawn(map, engine.renderSvg(new DotRenderer().render(map)));
    }
}
