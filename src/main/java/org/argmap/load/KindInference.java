package org.argmap.load;

import java.util.ArrayDeque;
import java.util.Deque;
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
            Kind known = inference.resolved.get(id);
            kinds.put(id, known != null ? known : inference.resolve(id));
        }
        return kinds;
    }

    /**
     * Works out one statement's kind and those of the statements it depends on, depth first, with a
     * stack of its own rather than the call stack: an attack chain thousands long, written from its
     * far end, would otherwise overflow the call stack.
     */
    private Kind resolve(String id) {
        Deque<Pending> stack = new ArrayDeque<>();
        stack.push(enter(id));
        while (true) {
            Pending top = stack.peek();
            Optional<Kind> kind = top.decided != null ? Optional.of(top.decided) : scanAttacks(top, stack);
            if (kind.isEmpty()) {
                continue; // a target's kind is needed first: it is now on top of the stack
            }
            stack.pop();
            inProgress.remove(top.statement.id());
            resolved.put(top.statement.id(), kind.get());
            if (stack.isEmpty()) {
                return kind.get();
            }
            stack.peek().targetResolved(kind.get());
        }
    }

    private Pending enter(String id) {
        inProgress.add(id);
        MapReader.RawStatement statement = statements.get(id);
        Pending pending = new Pending(statement);
        Optional<Kind> declared = statement.kind().flatMap(k -> Kind.fromWord(k.value()));
        if (declared.isPresent()) {
            pending.decided = declared.get();
        } else if (!statement.supports().isEmpty() || premiseOf(id).stream().anyMatch(a -> a.kind() == ArgumentKind.SUPPORT)) {
            pending.decided = Kind.PREMISE;
        }
        return pending;
    }

    /**
     * Goes through the statement's attack targets in order until one is a counterpoint. A target
     * whose kind is unknown and not being worked out further down the stack is pushed, and empty
     * returned; a target being worked out counts as not (yet) a counterpoint.
     */
    private Optional<Kind> scanAttacks(Pending pending, Deque<Pending> stack) {
        List<Ref> targets = pending.statement.attacks();
        while (!pending.attacksCounterpoint && pending.nextAttack < targets.size()) {
            String target = targets.get(pending.nextAttack).id();
            Kind known = resolved.get(target);
            if (known == null && statements.containsKey(target) && !inProgress.contains(target)) {
                stack.push(enter(target));
                return Optional.empty();
            }
            pending.targetResolved(known);
        }
        if (pending.attacksCounterpoint) {
            return Optional.of(Kind.REBUTTAL);
        }
        boolean attacks = !targets.isEmpty()
                || premiseOf(pending.statement.id()).stream().anyMatch(a -> a.kind() == ArgumentKind.ATTACK);
        // No relation: the unrelated-statement rule reports it; PREMISE keeps the model total.
        return Optional.of(attacks ? Kind.COUNTERPOINT : Kind.PREMISE);
    }

    private List<Argument> premiseOf(String id) {
        return argumentsByPremise.getOrDefault(id, List.of());
    }

    /** A statement whose kind is being worked out: decided at once, or after its attack targets. */
    private static final class Pending {
        final MapReader.RawStatement statement;
        Kind decided;
        int nextAttack;
        boolean attacksCounterpoint;

        Pending(MapReader.RawStatement statement) {
            this.statement = statement;
        }

        /** The kind of the target at {@code nextAttack}, or null when it has none (yet). */
        void targetResolved(Kind kind) {
            attacksCounterpoint = kind == Kind.COUNTERPOINT;
            nextAttack++;
        }
    }
}
