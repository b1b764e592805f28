package org.argmap.render;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Reads an HTML-like Graphviz label as XML (which Graphviz requires it to be) and returns its
 * text lines, a {@code <BR/>} or a table row ending a line. Fails when the label is not well-formed.
 */
final class HtmlLabel {

    private HtmlLabel() {
    }

    /** Made once: looking the factory up for every label made the DOT fuzz tests slow. */
    private static final DocumentBuilderFactory FACTORY = factory();

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static Element parse(String label) {
        try {
            Document document = FACTORY.newDocumentBuilder()
                    .parse(new InputSource(new StringReader("<label>" + label + "</label>")));
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("label is not well-formed XML: " + label, e);
        }
    }

    static List<String> lines(String label) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(parse(label), lines, line);
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static void collect(Node node, List<String> lines, StringBuilder line) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE) {
                line.append(child.getNodeValue());
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                if (child.getNodeName().equals("BR")) {
                    lines.add(line.toString());
                    line.setLength(0);
                } else {
                    collect(child, lines, line);
                    if (child.getNodeName().equals("TR") && line.length() > 0) {
                        lines.add(line.toString());
                        line.setLength(0);
                    }
                }
            }
        }
    }
}
