package org.argmap.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Kind;
import org.argmap.model.Statement;

/**
 * {@code disconnected}: a statement or argument from which no chain of relations, followed in
 * either direction, reaches the thesis. With no thesis the rule reports nothing
 * ({@code thesis-count} does); with several, reaching any of them is enough. A statement with no
 * relation of its own is left to {@code unrelated-statement}. An element that names an unknown id
 * counts as connected, with everything related to it: correcting the id ({@code dangling-reference}
 * reports it) may well connect them.
 */
final class DisconnectedRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.DISCONNECTED, Severity.WARNING, true,
            "a statement or argument with no path of relations to the thesis",
            "Add the relation that ties this part to the debate about the thesis,"
                    + " or move the group to a map of its own.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        RelationGraph graph = context.graph();
        List<String> theses = context.map().statements().values().stream()
                .filter(statement -> statement.kind() == Kind.THESIS)
                .map(Statement::id)
                .toList();
        if (theses.isEmpty()) {
            return List.of();
        }
        Set<String> reached = new LinkedHashSet<>(theses);
        reached.addAll(graph.namingUnknownIds());
        Deque<String> queue = new ArrayDeque<>(reached);
        while (!queue.isEmpty()) {
            for (String neighbour : graph.neighbours(queue.pop())) {
                if (reached.add(neighbour)) {
                    queue.add(neighbour);
                }
            }
        }
        String thesis = theses.get(0);
        List<Diagnostic> findings = new ArrayList<>();
        for (String node : graph.nodes()) {
            if (reached.contains(node) || isUnrelatedStatement(context, node)) {
                continue;
            }
            String element = context.map().node(node).orElseThrow() instanceof Statement ? "statement" : "argument";
            findings.add(diagnostic(graph.location(node),
                    element + " '" + node + "' has no path of supports or attacks to the thesis '" + thesis + "'",
                    Optional.of("relate it to the rest of the map, or remove it")));
        }
        return List.copyOf(findings);
    }

    private static boolean isUnrelatedStatement(CheckContext context, String node) {
        Statement statement = context.map().statements().get(node);
        return statement != null && !context.graph().hasOwnRelation(statement);
    }
}
