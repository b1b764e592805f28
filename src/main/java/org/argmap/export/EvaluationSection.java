package org.argmap.export;

import java.util.ArrayList;
import java.util.List;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Strengths;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.text.Sentences;

/**
 * The evaluation, on pages that ask for it: a table of every statement and argument on the page
 * with its label and its strength, rounded as the diagram shows it, in the order of the
 * statements and arguments sections. Labels are words, so the table does not depend on colour.
 */
final class EvaluationSection implements HtmlSection {

    @Override
    public String id() {
        return "evaluation";
    }

    @Override
    public String heading() {
        return "Evaluation";
    }

    @Override
    public boolean shownFor(ExportedMap exported) {
        return exported.evaluation().isPresent();
    }

    @Override
    public String style() {
        return """
                table.evaluation { border-collapse: collapse; margin: 1rem 0; }
                table.evaluation th, table.evaluation td { text-align: left; padding: 0.25rem 0.7rem;
                    border-bottom: 1px solid #ddd; vertical-align: top; }
                table.evaluation td.strength { text-align: right; font-variant-numeric: tabular-nums; }
                td.accepted { color: #1b5e20; font-weight: bold; }
                td.rejected { color: #b71c1c; }
                td.undecided { color: #555; font-style: italic; }
                """;
    }

    @Override
    public String body(ExportedMap exported) {
        ArgumentMap map = exported.map();
        Evaluation evaluation = exported.evaluation().orElseThrow();
        StringBuilder out = new StringBuilder();
        out.append("<p>A statement or argument is <em>accepted</em> when every attacker is rejected (or it has none), ")
                .append("<em>rejected</em> when an accepted one attacks it, and <em>undecided</em> when attacks are ")
                .append("left unresolved, as in a cycle. ");
        if (evaluation.converged()) {
            out.append("Its strength, from 0 to 1, is its weight raised by its supporters and lowered by its attackers.");
        } else {
            out.append(Html.escape(Sentences.capitalized(Strengths.notConvergedAndWhy(evaluation)))).append('.');
        }
        out.append("</p>\n");
        if (evaluation.labels().size() > map.statements().size() + map.arguments().size()) {
            out.append("<p class=\"note\">Computed on the whole map, of which this page shows part.</p>\n");
        }
        out.append("<table class=\"evaluation\">\n<thead><tr><th>id</th><th>claim</th><th>label</th>");
        if (evaluation.converged()) {
            out.append("<th>strength</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows(map)) {
            String word = evaluation.label(row.id()).orElseThrow(() -> new IllegalArgumentException(
                    "the evaluation has no label for '" + row.id() + "'")).word();
            out.append("<tr><td><a href=\"#").append(StatementsSection.anchor(map, row.id())).append("\">")
                    .append(Html.escape(row.id())).append("</a></td><td>").append(Html.escape(row.name()))
                    .append("</td><td class=\"").append(word).append("\">").append(word).append("</td>");
            evaluation.strength(row.id()).ifPresent(strength -> out.append("<td class=\"strength\">")
                    .append(Strengths.format(strength, Strengths.DIAGRAM_DECIMALS)).append("</td>"));
            out.append("</tr>\n");
        }
        return out.append("</tbody>\n</table>\n").toString();
    }

    private record Row(String id, String name) {
    }

    /** Statements as the statements section orders them, then arguments in map order. */
    private static List<Row> rows(ArgumentMap map) {
        List<Row> rows = new ArrayList<>();
        for (List<Statement> group : StatementsSection.byPerspective(map).values()) {
            group.forEach(statement -> rows.add(new Row(statement.id(), statement.annotatedLabel())));
        }
        for (Argument argument : map.arguments().values()) {
            rows.add(new Row(argument.id(), argument.scheme().map(Text::value).orElse(argument.kind().word() + " argument")));
        }
        return rows;
    }
}
