package org.argmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argmap.render.ViewResult;
import org.argmap.text.Plural;

/**
 * The line {@code render} prints for a view, so that what a diagram leaves out is never left out
 * silently: how much is shown, and the ids left out (the first few of each sort, and how many).
 */
final class ViewSummary {

    /** Ids listed per sort; the count says how many there are in all. */
    static final int LISTED_IDS = 6;

    private ViewSummary() {
    }

    /**
     * E.g. {@code view of maps/x.yaml (perspective 'shared-threat'): 9 of 22 statements and 2 of 5
     * arguments shown; left out: 13 statements (distrust, no-love, ...) and 3 arguments (...)}.
     */
    static String line(Path map, ViewResult result) {
        StringBuilder line = new StringBuilder("view of ").append(map)
                .append(" (").append(result.view().describe()).append("): ");
        int statements = result.statementCount();
        int arguments = result.argumentCount();
        if (!result.isPartial()) {
            line.append(statements == 1 ? "the only statement" : "all " + Plural.count(statements, "statement"));
            if (arguments > 0) {
                line.append(arguments == 1 ? " and the only argument" : " and " + Plural.count(arguments, "argument"));
            }
            return line.append(" shown; nothing left out").toString();
        }
        line.append(result.shown().statements().size()).append(" of ").append(Plural.count(statements, "statement"));
        if (arguments > 0) {
            line.append(" and ").append(result.shown().arguments().size()).append(" of ")
                    .append(Plural.count(arguments, "argument"));
        }
        line.append(" shown; left out: ");
        List<String> parts = new ArrayList<>();
        if (!result.omittedStatements().isEmpty()) {
            parts.add(listed(result.omittedStatements(), "statement"));
        }
        if (!result.omittedArguments().isEmpty()) {
            parts.add(listed(result.omittedArguments(), "argument"));
        }
        return line.append(String.join(" and ", parts)).toString();
    }

    private static String listed(List<String> ids, String noun) {
        List<String> named = ids.size() > LISTED_IDS ? ids.subList(0, LISTED_IDS) : ids;
        return Plural.count(ids.size(), noun) + " (" + String.join(", ", named)
                + (named.size() < ids.size() ? ", ..." : "") + ")";
    }
}
