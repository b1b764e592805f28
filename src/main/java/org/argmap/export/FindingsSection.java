package org.argmap.export;

import java.util.List;
import org.argmap.diagnostic.Diagnostic;

/**
 * What the check found: warnings and notes (a map with errors is not exported), with line,
 * column, rule and hint, as {@code argmap check} prints them.
 */
final class FindingsSection implements HtmlSection {

    @Override
    public String id() {
        return "findings";
    }

    @Override
    public String heading() {
        return "Findings of the check";
    }

    @Override
    public String body(ExportedMap exported) {
        List<Diagnostic> findings = exported.diagnostics();
        if (findings.isEmpty()) {
            return "<p>The check found no problems in this map.</p>\n";
        }
        StringBuilder out = new StringBuilder("<ul>\n");
        for (Diagnostic d : findings) {
            String severity = d.severity().word();
            out.append("<li class=\"").append(severity).append("\">line ").append(d.location().line())
                    .append(", column ").append(d.location().column()).append(": ").append(severity).append('[')
                    .append(Html.escape(d.rule())).append("]: ").append(Html.escape(d.message()));
            d.hint().ifPresent(hint -> out.append(" <span class=\"hint\">(").append(Html.escape(hint)).append(")</span>"));
            out.append("</li>\n");
        }
        return out.append("</ul>\n").toString();
    }
}
