package org.argmap.render.engine;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** Test helper: SVG parsed as XML, without fetching the DTD that Graphviz's output names. */
final class Svg {

    /** A small graph with a cluster, as argmap draws them, and the texts it should show. */
    static final String CLUSTER_DOT = String.join("\n",
            "digraph map {",
            "  subgraph cluster_reasons { label=\"Reasons\"; r1 [label=\"Cheap to run\"]; r2 [label=\"Easy to \\\"audit\\\"\"]; }",
            "  claim [label=\"We should adopt it <now> & here\", shape=box];",
            "  r1 -> claim; r2 -> claim;",
            "}");
    static final List<String> CLUSTER_DOT_TEXTS = List.of("Reasons", "Cheap to run", "Easy to \"audit\"", "We should adopt it <now> & here");

    private final Document document;

    private Svg(Document document) {
        this.document = document;
    }

    static Svg parse(String svg) throws IOException, SAXException, ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setNamespaceAware(true);
        return new Svg(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
    }

    String rootName() {
        return document.getDocumentElement().getLocalName();
    }

    List<String> texts() {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    List<String> titles() {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            titles.add(nodes.item(i).getTextContent());
        }
        return titles;
    }
}
