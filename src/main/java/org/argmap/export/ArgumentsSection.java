package org.argmap.export;

import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Statement;

/** Every argument: which premises together support or attack which conclusion, its scheme, the quotes that make it, and its note. */
final class ArgumentsSection implements HtmlSection {

    @Override
    public String id() {
        return "arguments";
    }

    @Override
    public String heading() {
        return "Arguments";
    }

    @Override
    public String body(ExportedMap exported) {
        ArgumentMap map = exported.map();
        if (map.arguments().isEmpty()) {
            return "<p>This map names no arguments: each statement supports or attacks another on its own.</p>\n";
        }
        StringBuilder out = new StringBuilder();
        for (Argument argument : map.arguments().values()) {
            String kind = argument.kind().word();
            out.append("<article class=\"argument ").append(kind).append("\" id=\"")
                    .append(StatementsSection.anchor(map, argument.id())).append("\">\n<h4><span class=\"kind\">")
                    .append(kind).append("</span> ");
            argument.scheme().ifPresent(scheme -> out.append(Html.escape(scheme.value())).append(' '));
            out.append("<span class=\"id\">").append(Html.escape(argument.id())).append("</span></h4>\n");
            out.append("<p class=\"relations\">")
                    .append(argument.premises().size() == 1 ? "Premise " : "Premises ")
                    .append(StatementsSection.links(map, argument.premises()))
                    .append(argument.premises().size() == 1 ? " " : " together ")
                    .append(kind.equals("support") ? "support " : "attack ")
                    .append(StatementsSection.links(map, java.util.List.of(argument.conclusion())));
            Statement conclusion = map.statements().get(argument.conclusion().id());
            if (conclusion != null) {
                out.append(": ").append(Html.escape(conclusion.label()));
            }
            out.append("</p>\n");
            out.append(StatementsSection.quotes(argument.quotes(), HtmlExporter.attribution(map.source())));
            argument.note().ifPresent(note -> out.append("<p class=\"note\">Note: ").append(Html.escape(note.value()))
                    .append("</p>\n"));
            out.append("</article>\n");
        }
        return out.toString();
    }
}
