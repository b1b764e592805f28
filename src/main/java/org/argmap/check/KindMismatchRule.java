package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Statement;

/**
 * {@code kind-mismatch}: a declared kind that the statement's relations contradict. A premise
 * must support something, a counterpoint must attack something (a statement or an argument), a
 * rebuttal must attack at least one counterpoint. Being a premise of a support (attack) argument
 * counts as supporting (attacking) its conclusion.
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
        for (Statement statement : context.map().statements().values()) {
            Optional<Kind> declared = statement.declaredKindValue();
            if (declared.isEmpty() || declared.get() == Kind.THESIS
                    || !context.graph().hasOwnRelation(statement)) {
                continue;
            }
            mismatch(context, statement, declared.get()).ifPresent(message -> findings.add(diagnostic(
                    statement.declaredKind().orElseThrow().location(), message,
                    Optional.of(hint(context, statement, declared.get())))));
        }
        return List.copyOf(findings);
    }

    private static Optional<String> mismatch(CheckContext context, Statement statement, Kind declared) {
        String declaredAs = "'" + statement.id() + "' is declared a " + declared.word();
        switch (declared) {
            case PREMISE:
                return supportsSomething(context, statement)
                        ? Optional.empty()
                        : Optional.of(declaredAs + " but supports nothing");
            case COUNTERPOINT:
                return attacksSomething(context, statement)
                        ? Optional.empty()
                        : Optional.of(declaredAs + " but attacks nothing");
            case REBUTTAL:
                if (attacksCounterpointOrUnknown(context, statement)) {
                    return Optional.empty();
                }
                Set<String> targets = context.graph().attackTargets(statement.id());
                return Optional.of(declaredAs + " but attacks no counterpoint" + (targets.isEmpty() ? ""
                        : "; it attacks " + targets.stream()
                                .map(target -> "'" + target + "' (" + describe(context.map(), target) + ")")
                                .collect(Collectors.joining(", "))));
            default:
                return Optional.empty();
        }
    }

    private static String hint(CheckContext context, Statement statement, Kind declared) {
        String role = switch (declared) {
            case PREMISE -> "a premise supports a statement or argument";
            case COUNTERPOINT -> "a counterpoint attacks a statement or argument";
            default -> "a rebuttal attacks a counterpoint";
        };
        return role + "; as written, its relations make it a " + impliedKind(context, statement).word()
                + ": change 'kind' or leave it out to have it inferred";
    }

    /**
     * The kind the format's inference would give from the relations alone: as the format orders
     * it, only a direct attack on a counterpoint makes a rebuttal, and being a premise of an attack
     * argument makes a counterpoint.
     */
    private static Kind impliedKind(CheckContext context, Statement statement) {
        if (supportsSomething(context, statement)) {
            return Kind.PREMISE;
        }
        boolean attacksCounterpoint = statement.attacks().stream()
                .anyMatch(target -> isCounterpoint(context.map(), target.id()));
        return attacksCounterpoint ? Kind.REBUTTAL : Kind.COUNTERPOINT;
    }

    private static boolean supportsSomething(CheckContext context, Statement statement) {
        return !statement.supports().isEmpty() || isPremiseOf(context, statement, ArgumentKind.SUPPORT);
    }

    private static boolean attacksSomething(CheckContext context, Statement statement) {
        return !statement.attacks().isEmpty() || isPremiseOf(context, statement, ArgumentKind.ATTACK);
    }

    private static boolean isPremiseOf(CheckContext context, Statement statement, ArgumentKind kind) {
        return argumentsWithPremise(context, statement).anyMatch(argument -> argument.kind() == kind);
    }

    /** From the graph's premise edges rather than a scan of every argument, which made the rule quadratic. */
    private static Stream<Argument> argumentsWithPremise(CheckContext context, Statement statement) {
        return context.graph().outgoing(statement.id()).stream()
                .filter(edge -> edge.relation() == RelationGraph.Relation.PREMISE)
                .map(edge -> context.map().arguments().get(edge.to()));
    }

    private static boolean attacksCounterpointOrUnknown(CheckContext context, Statement statement) {
        ArgumentMap map = context.map();
        boolean namesUnknown = statement.attacks().stream().anyMatch(ref -> !map.hasNode(ref.id()))
                || argumentsWithPremise(context, statement).anyMatch(argument -> argument.kind() == ArgumentKind.ATTACK
                        && !map.hasNode(argument.conclusion().id()));
        return namesUnknown || context.graph().attackTargets(statement.id()).stream()
                .anyMatch(target -> isCounterpoint(map, target));
    }

    private static boolean isCounterpoint(ArgumentMap map, String id) {
        Statement target = map.statements().get(id);
        return target != null && target.kind() == Kind.COUNTERPOINT;
    }

    private static String describe(ArgumentMap map, String id) {
        Statement target = map.statements().get(id);
        return target != null ? "a " + target.kind().word() : "an argument";
    }
}
