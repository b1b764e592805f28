package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.KindInference;
import org.argmap.model.Polarity;
import org.argmap.model.Relation;
import org.argmap.model.Relations;
import org.argmap.model.Side;
import org.argmap.model.Statement;

/**
 * {@code kind-mismatch}: a declared kind that the statement's relations contradict. A premise
 * must support something; a counterpoint must attack something and, when the relations link it to
 * the thesis, be against the thesis; a rebuttal must attack something and be on the thesis's side
 * ({@link Polarity}), or, linked to no thesis, attack at least one counterpoint. Being a premise of
 * a support (attack) argument counts as supporting (attacking) its conclusion. So a statement that
 * undercuts an objection's argument is a rebuttal, not a counterpoint.
 *
 * <p>Left to other rules: a declared thesis with relations ({@code thesis-relation}); a statement
 * with no relation at all ({@code unrelated-statement}); a kind word that is not a kind (the
 * loader's {@code schema}). A rebuttal that attacks an unknown id gets the benefit of the doubt,
 * since {@code dangling-reference} already reports the id and its intended kind is unknowable.
 */
final class KindMismatchRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.KIND_MISMATCH, Severity.ERROR, true,
            "a declared kind contradicts the statement's relations",
            "Correct the 'kind', or leave it out to have it inferred from the relations;"
                    + " if a relation names the wrong statement, correct the relation instead.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        Polarity polarity = Polarity.of(context.map());
        for (Statement statement : context.map().statements().values()) {
            Optional<Kind> declared = statement.declaredKindValue();
            if (declared.isEmpty() || declared.get() == Kind.THESIS
                    || !context.graph().hasOwnRelation(statement)) {
                continue;
            }
            mismatch(context, polarity, statement, declared.get()).ifPresent(message -> findings.add(diagnostic(
                    statement.declaredKind().orElseThrow().location(), message,
                    Optional.of(hint(context, statement, declared.get())))));
        }
        return List.copyOf(findings);
    }

    private static Optional<String> mismatch(CheckContext context, Polarity polarity, Statement statement,
                                             Kind declared) {
        ArgumentMap map = context.map();
        String id = statement.id();
        String declaredAs = "'" + id + "' is declared a " + declared.word();
        Optional<Side> side = polarity.side(id);
        switch (declared) {
            case PREMISE:
                return KindInference.supportsSomething(map, id)
                        ? Optional.empty()
                        : Optional.of(declaredAs + " but supports nothing");
            case COUNTERPOINT:
                if (!KindInference.attacksSomething(map, id)) {
                    return Optional.of(declaredAs + " but attacks nothing");
                }
                return side.filter(s -> s == Side.PRO)
                        .map(s -> declaredAs + " but argues for the thesis" + targets(context, polarity, id));
            case REBUTTAL:
                if (side.isPresent()) {
                    if (!KindInference.attacksSomething(map, id)) {
                        return Optional.of(declaredAs + " but attacks nothing");
                    }
                    return side.filter(s -> s == Side.CON)
                            .map(s -> declaredAs + " but argues against the thesis" + targets(context, polarity, id));
                }
                // Linked to no thesis, it has no side: what it attacks decides.
                if (attacksCounterpointOrUnknown(context, statement)) {
                    return Optional.empty();
                }
                return Optional.of(declaredAs + " but attacks no counterpoint" + targets(context, polarity, id));
            default:
                return Optional.empty();
        }
    }

    /** {@code "; it attacks 'x' (a premise, pro), ..."}, or nothing when it attacks nothing that holds. */
    private static String targets(CheckContext context, Polarity polarity, String id) {
        Set<String> targets = context.graph().attackTargets(id);
        return targets.isEmpty() ? "" : "; it attacks " + targets.stream()
                .map(target -> "'" + target + "' (" + describe(context.map(), target)
                        + polarity.side(target).map(side -> ", " + side.word()).orElse("") + ")")
                .collect(Collectors.joining(", "));
    }

    /** The role the declared kind asks for, and the kind the relations give instead. */
    private static String hint(CheckContext context, Statement statement, Kind declared) {
        String role = switch (declared) {
            case PREMISE -> "a premise supports a statement or argument";
            case COUNTERPOINT -> "a counterpoint attacks a statement or argument, and argues against the thesis";
            default -> "a rebuttal attacks what argues against the thesis (a counterpoint or its argument)";
        };
        return role + "; as written, its relations make it a "
                + KindInference.implied(context.map(), statement.id()).word()
                + ": change 'kind' or leave it out to have it inferred";
    }

    /**
     * Whether the statement attacks a counterpoint, directly or as a premise of an attack argument,
     * or names an unknown id where it attacks (then the target's kind is unknowable).
     */
    private static boolean attacksCounterpointOrUnknown(CheckContext context, Statement statement) {
        ArgumentMap map = context.map();
        Relations relations = map.relations();
        boolean namesUnknown = relations.writtenBy(statement.id()).stream()
                        .anyMatch(relation -> relation.field() == Relation.Field.ATTACKS && !relations.holds(relation))
                || relations.outgoing(statement.id()).stream()
                        .filter(edge -> edge.type() == Relation.Type.PREMISE)
                        .flatMap(edge -> relations.writtenBy(edge.to()).stream())
                        .anyMatch(relation -> relation.field() == Relation.Field.CONCLUSION
                                && relation.type() == Relation.Type.ATTACKS && !relations.holds(relation));
        return namesUnknown || context.graph().attackTargets(statement.id()).stream()
                .anyMatch(target -> map.node(target).orElseThrow() instanceof Statement s && s.kind() == Kind.COUNTERPOINT);
    }

    private static String describe(ArgumentMap map, String id) {
        return map.node(id).orElseThrow() instanceof Statement target ? "a " + target.kind().word() : "an argument";
    }
}
