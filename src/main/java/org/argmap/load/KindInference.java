package org.argmap.load;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.Kind;
import org.argmap.model.Ref;

/**
 * Gives every statement its effective kind, following the format's order: a declared kind wins;
 * else supporting something (directly or as a premise of a support argument) makes a premise;
 * else attacking a counterpoint makes a rebuttal; else attacking anything (or being a premise of
 * an attack argument) makes a counterpoint.
 *
 * <p>Whether a statement attacks a counterpoint depends on that statement's own kind, which may
 * itself be inferred; kinds are resolved depth first. In an attack cycle of statements with no
 * declared kind, the statement met again while its kind is being worked out counts as not yet a
 * counterpoint, so the result follows the order in which the map lists statements and is the same
 * on every run.
 */
final class KindInference {

    private final Map<String, MapReader.RawStatement> statements;
    private final Map<String, List<Argument>> argumentsByPremise = new HashMap<>();
    private final Map<String, Argument> arguments;
    private final Map<String, Kind> resolved = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private KindInference(Map<String, MapReader.RawStatement> statements, Map<String, Argument> arguments) {
        this.statements = statements;
        this.arguments = arguments;
        for (Argument argument : arguments.values()) {
            for (Ref premise : argument.premises()) {
                argumentsByPremise.computeIfAbsent(premise.id(), k -> new java.util.ArrayList<>()).add(argument);
            }
        }
    }

    /** Effective kind of every statement, by id. */
    static Map<String, Kind> infer(Map<String, MapReader.RawStatement> statements, Map<String, Argument> arguments) {
        KindInference inference = new KindInference(statements, arguments);
        Map<String, Kind> kinds = new HashMap<>();
        for (String id : statements.keySet()) {
            kinds.put(id, inference.kindOf(id).orElse(Kind.PREMISE));
        }
        return kinds;
    }

    /** Empty while the statement's kind is being worked out higher up the stack. */
    private Optional<Kind> kindOf(String id) {
        Kind known = resolved.get(id);
        if (known != null) {
            return Optional.of(known);
        }
        MapReader.RawStatement statement = statements.get(id);
        if (statement == null || !inProgress.add(id)) {
            return Optional.empty();
        }
        Kind kind = statement.kind().flatMap(k -> Kind.fromWord(k.value())).orElseGet(() -> inferred(statement));
        inProgress.remove(id);
        resolved.put(id, kind);
        return Optional.of(kind);
    }

    private Kind inferred(MapReader.RawStatement statement) {
        List<Argument> premiseOf = argumentsByPremise.getOrDefault(statement.id(), List.of());
        boolean supports = !statement.supports().isEmpty()
                || premiseOf.stream().anyMatch(a -> a.kind() == ArgumentKind.SUPPORT);
        if (supports) {
            return Kind.PREMISE;
        }
        boolean attacksCounterpoint = statement.attacks().stream()
                .anyMatch(target -> kindOf(target.id()).orElse(null) == Kind.COUNTERPOINT);
        if (attacksCounterpoint) {
            return Kind.REBUTTAL;
        }
        boolean attacks = !statement.attacks().isEmpty()
                || premiseOf.stream().anyMatch(a -> a.kind() == ArgumentKind.ATTACK);
        if (attacks) {
            return Kind.COUNTERPOINT;
        }
        // No relation: the unrelated-statement rule reports it; PREMISE keeps the model total.
        return Kind.PREMISE;
    }
}
