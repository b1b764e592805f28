package org.argmap.export;

import java.util.ArrayList;
import java.util.List;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.ArgumentQuestions;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/**
 * Every argument: which premises together support or attack which conclusion, its scheme (by the
 * catalogue's name when it is a catalogue id), the quotes that make it, its note, and for a
 * catalogue scheme each critical question, marked raised or settled (by which statements) or open.
 */
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
            exported.schemes().displayName(argument).ifPresent(name -> out.append(Html.escape(name)).append(' '));
            out.append("<span class=\"id\">").append(Html.escape(argument.id())).append("</span></h4>\n");
            out.append("<p class=\"relations\">")
                    .append(argument.premises().size() == 1 ? "Premise " : "Premises ")
                    .append(StatementsSection.links(map, argument.premises()))
                    .append(argument.premises().size() == 1 ? " " : " together ")
                    .append(kind.equals("support") ? "support " : "attack ")
                    .append(StatementsSection.links(map, List.of(argument.conclusion())));
            Statement conclusion = map.statements().get(argument.conclusion().id());
            if (conclusion != null) {
                out.append(": ").append(Html.escape(conclusion.label()));
            }
            out.append("</p>\n");
            out.append(StatementsSection.quotes(argument.quotes(), HtmlExporter.attribution(map.source())));
            argument.note().ifPresent(note -> out.append("<p class=\"note\">Note: ").append(Html.escape(note.value()))
                    .append("</p>\n"));
            ArgumentQuestions.of(argument, map, exported.schemes()).ifPresent(questions -> out.append(questions(map, questions)));
            out.append("</article>\n");
        }
        return out.toString();
    }

    /** The scheme's critical questions as a list, each with what the map does about it. */
    private static String questions(ArgumentMap map, ArgumentQuestions questions) {
        StringBuilder out = new StringBuilder();
        out.append("<div class=\"questions\"><p>Critical questions (").append(questions.open().size()).append(" of ")
                .append(questions.questions().size()).append(" open):</p>\n<ol>\n");
        for (ArgumentQuestions.Status status : questions.questions()) {
            // both classes when the map raises the question and also settles it
            String state = status.open() ? "open"
                    : ((status.raisedBy().isEmpty() ? "" : "raised ") + (status.settledBy().isEmpty() ? "" : "settled")).strip();
            out.append("<li class=\"").append(state).append("\"><span class=\"id\">")
                    .append(Html.escape(status.question().id())).append("</span> ")
                    .append(Html.escape(status.question().asks())).append(" <span class=\"status\">");
            if (status.open()) {
                out.append("open");
            } else {
                List<String> parts = new ArrayList<>();
                if (!status.raisedBy().isEmpty()) {
                    parts.add("raised by " + StatementsSection.links(map, refs(status.raisedBy(), questions)));
                }
                if (!status.settledBy().isEmpty()) {
                    parts.add("settled by " + StatementsSection.links(map, refs(status.settledBy(), questions)));
                }
                out.append(String.join("; ", parts));
            }
            out.append("</span></li>\n");
        }
        return out.append("</ol></div>\n").toString();
    }

    private static List<Ref> refs(List<String> ids, ArgumentQuestions questions) {
        return ids.stream().map(id -> new Ref(id, questions.argument().location())).toList();
    }
}
