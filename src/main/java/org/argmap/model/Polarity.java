package org.argmap.model;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The side every statement and argument of a map is on, worked out from the thesis along the
 * relations that hold: the thesis is {@link Side#PRO}; whatever supports something, or is a
 * premise of an argument, is on that thing's side; whatever attacks something is on the other
 * side. So supporting a pro claim is pro, attacking it is con, attacking a con claim is pro,
 * supporting a con claim is con, and an undercut (an attack on an argument) takes the side
 * opposite the argument's. This is the one place that decides sides; kind inference, the check
 * {@code kind-mismatch} and drawing read it from here.
 *
 * <p>Sides depend only on the relations and on which statements declare {@code kind: thesis}
 * (argmap never infers a thesis), never on inferred kinds, so there is no circularity with
 * {@link KindInference}.
 *
 * <p>A statement or argument that relations lead to by more than one path (a cycle, or one that
 * both supports and attacks) takes the side of its shortest path to the thesis; among equally
 * short paths, the one met first, in the order of the relation index ({@link Relations#incoming}:
 * statements, then arguments, as written; a statement's {@code supports} before its
 * {@code attacks}). A node no path of relations leads from to a thesis has no side (the check
 * {@code disconnected} reports it), and neither has anything in a map without a declared thesis.
 * Every thesis of a map that declares several is pro.
 */
public final class Polarity {

    private final Map<String, Side> sides;

    private Polarity(Map<String, Side> sides) {
        this.sides = Collections.unmodifiableMap(sides);
    }

    /** The sides of {@code map}'s statements and arguments, worked out breadth first from its theses. */
    public static Polarity of(ArgumentMap map) {
        Relations relations = map.relations();
        Map<String, Side> sides = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Statement statement : map.statements().values()) {
            if (statement.declaredKindValue().filter(kind -> kind == Kind.THESIS).isPresent()) {
                sides.put(statement.id(), Side.PRO);
                queue.add(statement.id());
            }
        }
        while (!queue.isEmpty()) {
            String id = queue.remove();
            Side side = sides.get(id);
            for (Relation relation : relations.incoming(id)) {
                Side from = relation.type() == Relation.Type.ATTACKS ? side.opposite() : side;
                if (sides.putIfAbsent(relation.from(), from) == null) {
                    queue.add(relation.from());
                }
            }
        }
        return new Polarity(sides);
    }

    /** The side of statement or argument {@code id}; empty when it has none (not linked to a thesis, or unknown). */
    public Optional<Side> side(String id) {
        return Optional.ofNullable(sides.get(id));
    }

    /** Whether {@code id} is on the side against the thesis. */
    public boolean isCon(String id) {
        return sides.get(id) == Side.CON;
    }

    /** Whether {@code id} is on the thesis's side. */
    public boolean isPro(String id) {
        return sides.get(id) == Side.PRO;
    }
}
