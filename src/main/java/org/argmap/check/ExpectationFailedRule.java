package org.argmap.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Label;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Ref;
import org.argmap.model.Relation;

/**
 * {@code expectation-failed}: an id listed under {@code expect} gets a different label from
 * evaluation. Reported at the id in the {@code expect} block, naming the expected and the computed
 * label, with a hint that says which attackers decided the computed one.
 *
 * <p>Ids that do not exist are {@code dangling-reference}'s. When any relation of the map names an
 * unknown id, or attacks its own statement or argument ({@code self-reference}), the rule says
 * nothing: the outcome would change once the relation is corrected, so a mismatch then is a
 * consequence of that error, not news. An id listed under two labels is reported as a
 * contradiction at its second listing.
 */
final class ExpectationFailedRule implements Rule {

    private static final int NAMED_ATTACKERS = 3;

    private static final RuleInfo INFO = new RuleInfo(RuleIds.EXPECTATION_FAILED, Severity.ERROR, true,
            "evaluation labels an id of the 'expect' block differently from what the block says",
            "If the edit that changed the outcome was intended, move the id to the list of its new label;"
                    + " otherwise the edit changed the argument more than it should have.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    /** The evaluation is read only when there is an {@code expect} block to compare it with, and a fair one. */
    @Override
    public boolean needsEvaluation(CheckContext context) {
        return !context.map().expect().isEmpty() && !hasUnsettledRelations(context);
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        if (!needsEvaluation(context)) {
            return List.of();
        }
        Expectations expect = context.map().expect();
        Evaluation evaluation = context.evaluation().orElseThrow(() -> new IllegalArgumentException(
                "the context of " + context.map().file() + " has no evaluation to compare its expect block with"));
        List<Listing> listings = new ArrayList<>();
        expect.accepted().forEach(ref -> listings.add(new Listing(ref, Label.ACCEPTED)));
        expect.rejected().forEach(ref -> listings.add(new Listing(ref, Label.REJECTED)));
        expect.undecided().forEach(ref -> listings.add(new Listing(ref, Label.UNDECIDED)));
        listings.sort(Comparator.comparingInt((Listing l) -> l.ref().location().line())
                .thenComparingInt(l -> l.ref().location().column()));
        Map<String, Set<Label>> labelsListed = new HashMap<>();
        listings.forEach(l -> labelsListed.computeIfAbsent(l.ref().id(), id -> EnumSet.noneOf(Label.class)).add(l.expected()));
        List<Diagnostic> findings = new ArrayList<>();
        Map<String, Label> firstListed = new HashMap<>();
        for (Listing listing : listings) {
            boolean contradicted = labelsListed.get(listing.ref().id()).size() > 1;
            compare(listing.ref(), listing.expected(), contradicted, evaluation, context.graph(), firstListed, findings);
        }
        return List.copyOf(findings);
    }

    /** One id as written under one of the labels of {@code expect}. */
    private record Listing(Ref ref, Label expected) {
    }

    /**
     * An id listed under two labels can never pass, and the usual hint ("list it under ...") would
     * send the author in a circle, so such an id gets one finding, at its later listing in the file:
     * the contradiction.
     */
    private void compare(Ref ref, Label expected, boolean contradicted, Evaluation evaluation, RelationGraph graph,
            Map<String, Label> firstListed, List<Diagnostic> findings) {
        Optional<Label> computed = evaluation.label(ref.id());
        if (computed.isEmpty()) {
            return;
        }
        Label earlier = firstListed.putIfAbsent(ref.id(), expected);
        if (earlier != null && earlier != expected) {
            findings.add(diagnostic(ref.location(),
                    "'" + ref.id() + "' is expected to be both " + earlier.word() + " and " + expected.word(),
                    Optional.of("a statement or argument has one label; evaluation gives '" + ref.id() + "' "
                            + computed.get().word() + ": keep it under '" + computed.get().word() + "' only")));
            return;
        }
        if (contradicted || earlier != null || computed.get() == expected) {
            return;
        }
        findings.add(diagnostic(ref.location(),
                "'" + ref.id() + "' is expected to be " + expected.word() + " but evaluates as "
                        + computed.get().word(),
                Optional.of(reason(ref.id(), computed.get(), evaluation, graph)
                        + "; if the change is intended, list it under '" + computed.get().word() + "'")));
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
                .filter(edge -> edge.type() == Relation.Type.PREMISE)
                .forEach(edge -> targets.add(edge.from()));
        for (String target : targets) {
            graph.incoming(target).stream()
                    .filter(edge -> edge.type() == Relation.Type.ATTACKS)
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

    /**
     * True when a relation is an error that changes labels once corrected: an unknown id, or a
     * statement or argument attacking itself, directly or through its own premise (which leaves it
     * undecided, and what it attacks with it).
     */
    private static boolean hasUnsettledRelations(CheckContext context) {
        // a statement supporting itself changes no label, so only the other loops count
        return !context.graph().namingUnknownIds().isEmpty() || context.graph().selfReferences().stream()
                .anyMatch(relation -> relation.field() != Relation.Field.SUPPORTS);
    }
}
