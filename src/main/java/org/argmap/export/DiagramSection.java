package org.argmap.export;

import java.util.regex.Pattern;

/** The diagram, as inline SVG: the very drawing {@code render} writes, stamp comment included. */
final class DiagramSection implements HtmlSection {

    private static final Pattern XML_DECLARATION = Pattern.compile("\\A<\\?xml[^>]*\\?>\\s*");
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>\\[]*(\\[[^\\]]*\\])?>\\s*");

    @Override
    public String id() {
        return "diagram";
    }

    @Override
    public String heading() {
        return "Diagram";
    }

    /** The SVG without its XML declaration and DOCTYPE, which have no place inside HTML. */
    @Override
    public String body(ExportedMap exported) {
        String svg = DOCTYPE.matcher(XML_DECLARATION.matcher(exported.svg()).replaceFirst("")).replaceFirst("");
        return "<figure class=\"diagram\">\n" + svg + (svg.endsWith("\n") ? "" : "\n") + "</figure>\n";
    }
}
