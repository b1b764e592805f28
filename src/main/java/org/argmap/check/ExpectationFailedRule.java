package org.argmap.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.evaluate.Label;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/**
 * {@code expectation-failed}: an id listed under {@code expect} gets a different label from
 * evaluation. Reported at the id in the {@code expect} block, naming the expected and the computed
 * label, with a hint that says which attackers decided the computed one.
 *
 * <p>Ids that do not exist are {@code dangling-reference}'s. When any relation of the map names an
 * unknown id the rule says nothing: the outcome would change once the id is corrected, so a
 * mismatch then is a consequence of the typo, not news.
 */
final class ExpectationFailedRule implements Rule {

    private static final int NAMED_ATTACKERS = 3;

    private static final RuleInfo INFO = new RuleInfo("expectation-failed", Severity.ERROR, true,
            "evaluation labels an id of the 'expect' block differently from what the block says",
            "If the edit that changed the outcome was intended, move the id to the list of its new label;"
                    + " otherwise the edit changed the argument more than it should have.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        ArgumentMap map = context.map();
        Expectations expect = map.expect();
        if (expect.isEmpty() || namesUnknownIds(map)) {
            return List.of();
        }
        Evaluation evaluation = new Evaluator().evaluate(map);
        List<Diagnostic> findings = new ArrayList<>();
        compare(expect.accepted(), Label.ACCEPTED, evaluation, context.graph(), findings);
        compare(expect.rejected(), Label.REJECTED, evaluation, context.graph(), findings);
        compare(expect.undecided(), Label.UNDECIDED, evaluation, context.graph(), findings);
        return List.copyOf(findings);
    }

    private void compare(List<Ref> refs, Label expected, Evaluation evaluation, RelationGraph graph,
            List<Diagnostic> findings) {
        for (Ref ref : refs) {
            Optional<Label> computed = evaluation.label(ref.id());
            if (computed.isEmpty() || computed.get() == expected) {
                continue;
            }
            findings.add(diagnostic(ref.location(),
                    "'" + ref.id() + "' is expected to be " + expected.word() + " but evaluates as "
                            + computed.get().word(),
                    Optional.of(reason(ref.id(), computed.get(), evaluation, graph)
                            + "; if the change is intended, list it under '" + computed.get().word() + "'")));
        }
    }

    /** Why the node got its label, in the words of the grounded semantics: who attacks it, and how they fared. */
    private static String reason(String id, Label computed, Evaluation evaluation, RelationGraph graph) {
        Map<String, Label> attackers = attackers(id, evaluation, graph);
        return switch (computed) {
            case ACCEPTED -> attackers.isEmpty()
                    ? "nothing attacks it"
                    : "every attacker is rejected: " + named(attackers.keySet().stream().toList());
            case REJECTED -> "it has an accepted attacker: " + named(withLabel(attackers, Label.ACCEPTED));
            case UNDECIDED -> "no attacker is accepted, and some stay undecided (an attack cycle): "
                    + named(withLabel(attackers, Label.UNDECIDED));
        };
    }

    /**
     * The node's attackers as the labels see them: what attacks it directly and, for an argument,
     * what attacks one of its premises. Map order, each once.
     */
    private static Map<String, Label> attackers(String id, Evaluation evaluation, RelationGraph graph) {
        Map<String, Label> attackers = new LinkedHashMap<>();
        List<String> targets = new ArrayList<>(List.of(id));
        graph.incoming(id).stream()
                .filter(edge -> edge.relation() == RelationGraph.Relation.PREMISE)
                .forEach(edge -> targets.add(edge.from()));
        for (String target : targets) {
            graph.incoming(target).stream()
                    .filter(edge -> edge.relation() == RelationGraph.Relation.ATTACKS)
                    .forEach(edge -> attackers.put(edge.from(), evaluation.labels().get(edge.from())));
        }
        return attackers;
    }

    private static List<String> withLabel(Map<String, Label> attackers, Label label) {
        return attackers.entrySet().stream().filter(e -> e.getValue() == label).map(Map.Entry::getKey).toList();
    }

    private static String named(List<String> ids) {
        String shown = ids.stream().limit(NAMED_ATTACKERS).map(id -> "'" + id + "'").collect(Collectors.joining(", "));
        return ids.size() > NAMED_ATTACKERS ? shown + " and " + (ids.size() - NAMED_ATTACKERS) + " more" : shown;
    }

    private static boolean namesUnknownIds(ArgumentMap map) {
        for (Statement statement : map.statements().values()) {
            if (statement.supports().stream().anyMatch(ref -> !map.hasNode(ref.id()))
                    || statement.attacks().stream().anyMatch(ref -> !map.hasNode(ref.id()))) {
                return true;
            }
        }
        return map.arguments().values().stream().anyMatch(argument -> !map.hasNode(argument.conclusion().id())
                || argument.premises().stream().anyMatch(ref -> !map.statements().containsKey(ref.id())));
    }
}
