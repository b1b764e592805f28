package org.argmap.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relations of one map, indexed once: every relation as written, in the map's order (each
 * statement's {@code supports} then {@code attacks}, then each argument's {@code premises} then
 * {@code conclusion}), and which of them hold. Every stage that follows relations (the checks,
 * evaluation, drawing) reads them here, so they all see the same ones. Immutable.
 *
 * <p>What a relation means is decided in {@link #holds} and nowhere else: a relation holds when
 * the id it names is a statement or argument of the map, and a premise holds only when it is a
 * statement. A premise that names an argument is, like a relation that names an unknown id, not a
 * relation of the map: no stage follows it, and the check {@code dangling-reference} reports it.
 */
public final class Relations {

    private final Set<String> statementIds;
    private final List<String> nodeIds;
    private final Set<String> nodeIdSet;
    private final List<Relation> written;
    private final List<Relation> edges;
    private final List<Relation> dangling;
    private final Map<String, List<Relation>> outgoing;
    private final Map<String, List<Relation>> incoming;
    private final Map<String, List<Relation>> writtenBy;

    private Relations(Map<String, Statement> statements, Map<String, Argument> arguments) {
        statementIds = Set.copyOf(statements.keySet());
        Set<String> ids = new LinkedHashSet<>(statements.keySet());
        ids.addAll(arguments.keySet());
        nodeIds = List.copyOf(ids);
        nodeIdSet = Collections.unmodifiableSet(ids);
        List<Relation> all = new ArrayList<>();
        for (Statement statement : statements.values()) {
            statement.supports().forEach(ref -> all.add(
                    new Relation(statement.id(), ref.id(), Relation.Type.SUPPORTS, Relation.Field.SUPPORTS, ref)));
            statement.attacks().forEach(ref -> all.add(
                    new Relation(statement.id(), ref.id(), Relation.Type.ATTACKS, Relation.Field.ATTACKS, ref)));
        }
        for (Argument argument : arguments.values()) {
            argument.premises().forEach(ref -> all.add(
                    new Relation(ref.id(), argument.id(), Relation.Type.PREMISE, Relation.Field.PREMISES, ref)));
            Relation.Type conclusionType =
                    argument.kind() == ArgumentKind.SUPPORT ? Relation.Type.SUPPORTS : Relation.Type.ATTACKS;
            all.add(new Relation(argument.id(), argument.conclusion().id(), conclusionType,
                    Relation.Field.CONCLUSION, argument.conclusion()));
        }
        written = List.copyOf(all);
        List<Relation> holding = new ArrayList<>();
        List<Relation> notHolding = new ArrayList<>();
        Map<String, List<Relation>> out = new HashMap<>();
        Map<String, List<Relation>> in = new HashMap<>();
        Map<String, List<Relation>> by = new HashMap<>();
        for (Relation relation : written) {
            by.computeIfAbsent(relation.writer(), id -> new ArrayList<>()).add(relation);
            if (holds(relation)) {
                holding.add(relation);
                out.computeIfAbsent(relation.from(), id -> new ArrayList<>()).add(relation);
                in.computeIfAbsent(relation.to(), id -> new ArrayList<>()).add(relation);
            } else {
                notHolding.add(relation);
            }
        }
        edges = List.copyOf(holding);
        dangling = List.copyOf(notHolding);
        outgoing = frozen(out);
        incoming = frozen(in);
        writtenBy = frozen(by);
    }

    static Relations of(Map<String, Statement> statements, Map<String, Argument> arguments) {
        return new Relations(statements, arguments);
    }

    private static Map<String, List<Relation>> frozen(Map<String, List<Relation>> lists) {
        Map<String, List<Relation>> copy = new HashMap<>();
        lists.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * Whether {@code relation} is a relation of the map: both its ends are statements or arguments
     * of the map, and a premise is a statement.
     */
    public boolean holds(Relation relation) {
        return relation.field() == Relation.Field.PREMISES
                ? statementIds.contains(relation.from())
                : nodeIdSet.contains(relation.to());
    }

    /** Every statement id, then every argument id, in the order written, without repeats. */
    public List<String> nodeIds() {
        return nodeIds;
    }

    /** Every relation as written, whether it holds or not, in the map's order. */
    public List<Relation> written() {
        return written;
    }

    /** The relations that hold, in the map's order: what the map's graph is made of. */
    public List<Relation> edges() {
        return edges;
    }

    /** The relations that do not hold (they name an unknown id, or a premise names an argument), in the map's order. */
    public List<Relation> dangling() {
        return dangling;
    }

    /** The relations that hold leaving {@code id}, in the map's order. */
    public List<Relation> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** The relations that hold arriving at {@code id}, in the map's order. */
    public List<Relation> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /**
     * The relations the statement or argument {@code id} wrote in its own fields, whether they hold
     * or not, in the order written: what it says of itself even where an id is misspelt.
     */
    public List<Relation> writtenBy(String id) {
        return writtenBy.getOrDefault(id, List.of());
    }
}
