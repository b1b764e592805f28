package org.argmap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.StatementGroups;
import org.argmap.model.Text;

/**
 * Every statement with all that the map says of it: kind, title, text, what it supports or
 * attacks, quotes with their source, note and tags. Grouped by perspective in the map's order,
 * after the statements of no perspective (usually the thesis, which no side owns).
 */
final class StatementsSection implements HtmlSection {

    static final String NO_PERSPECTIVE = "No perspective";

    @Override
    public String id() {
        return "statements";
    }

    @Override
    public String heading() {
        return "Statements";
    }

    @Override
    public String body(ExportedMap exported) {
        ArgumentMap map = exported.map();
        StringBuilder out = new StringBuilder();
        Optional<String> attribution = HtmlExporter.attribution(map.source());
        for (Map.Entry<String, List<Statement>> group : byPerspective(map).entrySet()) {
            out.append("<h3>").append(Html.escape(group.getKey())).append("</h3>\n");
            for (Statement statement : group.getValue()) {
                out.append(statement(map, statement, attribution));
            }
        }
        return out.toString();
    }

    /** Group heading to its statements, in the map's order ({@link StatementGroups}). */
    static Map<String, List<Statement>> byPerspective(ArgumentMap map) {
        Map<String, List<Statement>> named = new LinkedHashMap<>();
        for (StatementGroups.Group group : StatementGroups.of(map)) {
            named.put(group.perspective().map(Perspective::displayName).orElse(NO_PERSPECTIVE), group.statements());
        }
        return named;
    }

    private static String statement(ArgumentMap map, Statement statement, Optional<String> attribution) {
        StringBuilder out = new StringBuilder();
        String kind = statement.kind().word();
        out.append("<article class=\"statement ").append(kind).append("\" id=\"").append(anchor(map, statement.id()))
                .append("\">\n<h4><span class=\"kind\">").append(kind).append("</span> ");
        if (statement.implicit()) {
            out.append("<span class=\"reconstructed\">reconstructed</span> ");
        }
        statement.title().ifPresent(title -> out.append(Html.escape(title.value())).append(' '));
        out.append("<span class=\"id\">").append(Html.escape(statement.id())).append("</span></h4>\n");
        out.append("<p class=\"text\">").append(Html.escape(statement.text().value())).append("</p>\n");
        statement.qualifier().ifPresent(qualifier -> out.append("<p class=\"qualifier\">Qualifier: ")
                .append(qualifier.quoted() ? "\u201c" + Html.escape(qualifier.text().value()) + "\u201d (the source\u2019s words)"
                        : Html.escape(qualifier.text().value()))
                .append("</p>\n"));
        if (statement.implicit()) {
            out.append("<p class=\"reconstructed\">Reconstructed by the analyst: the source leaves this unstated.</p>\n");
        }
        List<String> relations = new ArrayList<>();
        if (!statement.supports().isEmpty()) {
            relations.add("supports " + links(map, statement.supports()));
        }
        if (!statement.attacks().isEmpty()) {
            relations.add("attacks " + links(map, statement.attacks()));
        }
        if (!relations.isEmpty()) {
            out.append("<p class=\"relations\">").append(String.join("; ", relations)).append("</p>\n");
        }
        out.append(quotes(statement.quotes(), attribution));
        statement.note().ifPresent(note -> out.append("<p class=\"note\">Note: ").append(Html.escape(note.value()))
                .append("</p>\n"));
        if (!statement.tags().isEmpty()) {
            out.append("<p class=\"tags\">Tags: ")
                    .append(String.join(", ", statement.tags().stream().map(Text::value).map(Html::escape).toList()))
                    .append("</p>\n");
        }
        return out.append("</article>\n").toString();
    }

    /** Each quote as a block quote, attributed to the source when it has a title or author. */
    static String quotes(List<Text> quotes, Optional<String> attribution) {
        StringBuilder out = new StringBuilder();
        for (Text quote : quotes) {
            out.append("<blockquote><p>").append(Html.escape(quote.value())).append("</p>");
            attribution.ifPresent(source -> out.append("<footer>— ").append(Html.escape(source)).append("</footer>"));
            out.append("</blockquote>\n");
        }
        return out.toString();
    }

    /** The page's anchor for a statement or argument id: distinct from the diagram's element ids. */
    static String anchor(ArgumentMap map, String id) {
        boolean argument = map.node(id).filter(Argument.class::isInstance).isPresent();
        return Html.escape((argument ? "about-argument-" : "about-statement-") + id);
    }

    /** Links to the entries of the referenced ids, comma-separated. */
    static String links(ArgumentMap map, List<Ref> refs) {
        List<String> links = new ArrayList<>();
        for (Ref ref : refs) {
            String label = Html.escape(ref.id());
            links.add(map.hasNode(ref.id()) ? "<a href=\"#" + anchor(map, ref.id()) + "\">" + label + "</a>" : label);
        }
        return String.join(", ", links);
    }
}
