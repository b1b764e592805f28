package org.argmap.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The kind a statement's relations give it, following the format's order: supporting something
 * (directly or as a premise of a support argument) makes a premise; else attacking something
 * (directly or as a premise of an attack argument) makes a rebuttal when the statement is on the
 * thesis's side and a counterpoint when it is against it ({@link Polarity}), so an undercut of an
 * objection's argument answers the objection. A statement with no side (nothing links it to a
 * thesis) falls back on what it attacks: attacking a counterpoint makes a rebuttal, anything else a
 * counterpoint. Relations count as written, even where they name an unknown id: the author's
 * intent is plain from the field, and the misspelt id is reported on its own.
 *
 * <p>The loader gives every statement its effective kind with {@link #infer}; the check
 * {@code kind-mismatch} compares a declared kind with {@link #implied}. Both read the rule above
 * from here, so they cannot drift apart.
 */
public final class KindInference {

    private final ArgumentMap map;
    private final Polarity polarity;
    private final Map<String, Kind> resolved = new HashMap<>();
    private final Set<String> inProgress = new HashSet<>();

    private KindInference(ArgumentMap map) {
        this.map = map;
        this.polarity = Polarity.of(map);
    }

    /**
     * The effective kind of every statement, by id: a declared kind wins, and other statements see
     * it. A statement with no relation cannot be inferred; it gets {@link Kind#PREMISE} so the model
     * stays total (the check {@code unrelated-statement} reports it).
     *
     * <p>An attacking statement with a side gets its kind from its side. One with no side needs to
     * know whether it attacks a counterpoint, which depends on that statement's own kind, which may
     * itself be inferred; kinds are resolved depth first. In an attack cycle of such statements with no
     * declared kind, the statement met again while its kind is being worked out counts as not yet
     * a counterpoint, so the result follows the order in which the map lists statements and is the
     * same on every run.
     */
    public static Map<String, Kind> infer(ArgumentMap map) {
        KindInference inference = new KindInference(map);
        Map<String, Kind> kinds = new HashMap<>();
        for (String id : map.statements().keySet()) {
            Kind known = inference.resolved.get(id);
            kinds.put(id, known != null ? known : inference.resolve(id));
        }
        return kinds;
    }

    /**
     * The kind the relations alone give statement {@code id}, whatever kind it declares, reading the
     * kinds of what it attacks as the map has them.
     */
    public static Kind implied(ArgumentMap map, String id) {
        if (supportsSomething(map, id)) {
            return Kind.PREMISE;
        }
        Optional<Kind> bySide = bySide(map, Polarity.of(map), id);
        if (bySide.isPresent()) {
            return bySide.get();
        }
        return afterAttacks(map, id, attackTargets(map, id).stream().anyMatch(isCounterpoint(map)));
    }

    /** Whether statement {@code id} supports something as written, or is a premise of a support argument. */
    public static boolean supportsSomething(ArgumentMap map, String id) {
        return writes(map, id, Relation.Field.SUPPORTS) || isPremiseOf(map, id, ArgumentKind.SUPPORT);
    }

    /** Whether statement {@code id} attacks something as written, or is a premise of an attack argument. */
    public static boolean attacksSomething(ArgumentMap map, String id) {
        return writes(map, id, Relation.Field.ATTACKS) || isPremiseOf(map, id, ArgumentKind.ATTACK);
    }

    /**
     * The kind an attacking statement's side gives it: on the thesis's side it answers something
     * argued against the thesis (a rebuttal), against it it objects (a counterpoint). Empty when it
     * attacks nothing or has no side.
     */
    public static Optional<Kind> bySide(ArgumentMap map, Polarity polarity, String id) {
        if (!attacksSomething(map, id)) {
            return Optional.empty();
        }
        return polarity.side(id).map(side -> side == Side.PRO ? Kind.REBUTTAL : Kind.COUNTERPOINT);
    }

    /** The last steps of the order, once it is known whether the statement attacks a counterpoint. */
    private static Kind afterAttacks(ArgumentMap map, String id, boolean attacksCounterpoint) {
        if (attacksCounterpoint) {
            return Kind.REBUTTAL;
        }
        // No relation: the unrelated-statement rule reports it; PREMISE keeps the model total.
        return attacksSomething(map, id) ? Kind.COUNTERPOINT : Kind.PREMISE;
    }

    private static boolean writes(ArgumentMap map, String id, Relation.Field field) {
        return map.relations().writtenBy(id).stream().anyMatch(relation -> relation.field() == field);
    }

    private static boolean isPremiseOf(ArgumentMap map, String id, ArgumentKind kind) {
        return map.relations().outgoing(id).stream().anyMatch(relation -> relation.type() == Relation.Type.PREMISE
                && map.arguments().get(relation.to()).kind() == kind);
    }

    /** The ids statement {@code id} names in {@code attacks}, in the order written. */
    private static List<String> attackTargets(ArgumentMap map, String id) {
        return map.relations().writtenBy(id).stream()
                .filter(relation -> relation.field() == Relation.Field.ATTACKS)
                .map(Relation::to)
                .toList();
    }

    private static Predicate<String> isCounterpoint(ArgumentMap map) {
        return id -> {
            Statement target = map.statements().get(id);
            return target != null && target.kind() == Kind.COUNTERPOINT;
        };
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
            inProgress.remove(top.id);
            resolved.put(top.id, kind.get());
            if (stack.isEmpty()) {
                return kind.get();
            }
            stack.peek().targetResolved(kind.get());
        }
    }

    private Pending enter(String id) {
        inProgress.add(id);
        Pending pending = new Pending(id, attackTargets(map, id));
        Optional<Kind> declared = map.statements().get(id).declaredKindValue();
        if (declared.isPresent()) {
            pending.decided = declared.get();
        } else if (supportsSomething(map, id)) {
            pending.decided = Kind.PREMISE;
        } else {
            bySide(map, polarity, id).ifPresent(kind -> pending.decided = kind);
        }
        return pending;
    }

    /**
     * Goes through the statement's attack targets in order until one is a counterpoint. A target
     * whose kind is unknown and not being worked out further down the stack is pushed, and empty
     * returned; a target being worked out counts as not (yet) a counterpoint.
     */
    private Optional<Kind> scanAttacks(Pending pending, Deque<Pending> stack) {
        List<String> targets = pending.targets;
        while (!pending.attacksCounterpoint && pending.nextAttack < targets.size()) {
            String target = targets.get(pending.nextAttack);
            Kind known = resolved.get(target);
            if (known == null && map.statements().containsKey(target) && !inProgress.contains(target)) {
                stack.push(enter(target));
                return Optional.empty();
            }
            pending.targetResolved(known);
        }
        return Optional.of(afterAttacks(map, pending.id, pending.attacksCounterpoint));
    }

    /** A statement whose kind is being worked out: decided at once, or after its attack targets. */
    private static final class Pending {
        final String id;
        final List<String> targets;
        Kind decided;
        int nextAttack;
        boolean attacksCounterpoint;

        Pending(String id, List<String> targets) {
            this.id = id;
            this.targets = targets;
        }

        /** The kind of the target at {@code nextAttack}, or null when it has none (yet). */
        void targetResolved(Kind kind) {
            attacksCounterpoint = kind == Kind.COUNTERPOINT;
            nextAttack++;
        }
    }
}
