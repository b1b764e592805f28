package org.argmap.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/**
 * The relations of one map as a directed graph over statements and arguments, built once per
 * check. Immutable.
 *
 * <p>Edges: a statement's {@code supports} and {@code attacks}; a premise to its argument
 * ({@link Relation#PREMISE}); an argument to its conclusion ({@link Relation#SUPPORTS} or
 * {@link Relation#ATTACKS} by the argument's kind). A relation that names an unknown id (or a
 * premise that names an argument) is not an edge: {@code dangling-reference} reports it, and the
 * graph rules see only what exists.
 */
final class RelationGraph {

    enum Relation { SUPPORTS, ATTACKS, PREMISE }

    /** One relation; {@code ref} is where its target was written. */
    record Edge(String from, String to, Relation relation, Ref ref) {
        Edge {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(relation, "relation");
            Objects.requireNonNull(ref, "ref");
        }
    }

    private final ArgumentMap map;
    private final List<String> nodes;
    private final Map<String, List<Edge>> outgoing;
    private final Map<String, List<Edge>> incoming;
    private final Set<String> namingUnknownIds;

    private RelationGraph(ArgumentMap map, List<String> nodes, Map<String, List<Edge>> outgoing,
            Map<String, List<Edge>> incoming, Set<String> namingUnknownIds) {
        this.map = map;
        this.nodes = nodes;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.namingUnknownIds = namingUnknownIds;
    }

    static RelationGraph of(ArgumentMap map) {
        Set<String> nodeIds = new LinkedHashSet<>(map.statements().keySet());
        nodeIds.addAll(map.arguments().keySet());
        Map<String, List<Edge>> out = new LinkedHashMap<>();
        Map<String, List<Edge>> in = new LinkedHashMap<>();
        for (String id : nodeIds) {
            out.put(id, new ArrayList<>());
            in.put(id, new ArrayList<>());
        }
        List<Edge> edges = new ArrayList<>();
        Set<String> namingUnknownIds = new HashSet<>();
        for (Statement statement : map.statements().values()) {
            for (Ref target : statement.supports()) {
                edges.add(new Edge(statement.id(), target.id(), Relation.SUPPORTS, target));
            }
            for (Ref target : statement.attacks()) {
                edges.add(new Edge(statement.id(), target.id(), Relation.ATTACKS, target));
            }
        }
        for (Argument argument : map.arguments().values()) {
            for (Ref premise : argument.premises()) {
                if (map.statements().containsKey(premise.id())) {
                    edges.add(new Edge(premise.id(), argument.id(), Relation.PREMISE, premise));
                } else {
                    namingUnknownIds.add(argument.id());
                }
            }
            Relation conclusionRelation = argument.kind() == ArgumentKind.SUPPORT ? Relation.SUPPORTS : Relation.ATTACKS;
            edges.add(new Edge(argument.id(), argument.conclusion().id(), conclusionRelation, argument.conclusion()));
        }
        for (Edge edge : edges) {
            if (nodeIds.contains(edge.to())) {
                out.get(edge.from()).add(edge);
                in.get(edge.to()).add(edge);
            } else {
                namingUnknownIds.add(edge.from());
            }
        }
        Set<String> inMapOrder = new LinkedHashSet<>();
        nodeIds.stream().filter(namingUnknownIds::contains).forEach(inMapOrder::add);
        return new RelationGraph(map, List.copyOf(nodeIds), frozen(out), frozen(in),
                Collections.unmodifiableSet(inMapOrder));
    }

    private static Map<String, List<Edge>> frozen(Map<String, List<Edge>> edges) {
        Map<String, List<Edge>> copy = new LinkedHashMap<>();
        edges.forEach((id, list) -> copy.put(id, List.copyOf(list)));
        return Collections.unmodifiableMap(copy);
    }

    /** Every statement id, then every argument id, in the order written. */
    List<String> nodes() {
        return nodes;
    }

    List<Edge> outgoing(String id) {
        return outgoing.getOrDefault(id, List.of());
    }

    List<Edge> incoming(String id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Where a node's id was written (the statement's, when a statement and an argument share it). */
    Location location(String id) {
        Statement statement = map.statements().get(id);
        if (statement != null) {
            return statement.location();
        }
        Argument argument = map.arguments().get(id);
        if (argument == null) {
            throw new IllegalArgumentException("not a node of this map: " + id);
        }
        return argument.location();
    }

    boolean isSupportArgument(String id) {
        Argument argument = map.arguments().get(id);
        return argument != null && argument.kind() == ArgumentKind.SUPPORT;
    }

    /**
     * The steps of support leaving a node: its {@code supports}, a premise's step into a support
     * argument, and a support argument's step to its conclusion.
     */
    List<Edge> supportSteps(String id) {
        List<Edge> steps = new ArrayList<>();
        for (Edge edge : outgoing(id)) {
            if (edge.relation() == Relation.SUPPORTS
                    || (edge.relation() == Relation.PREMISE && isSupportArgument(edge.to()))) {
                steps.add(edge);
            }
        }
        return List.copyOf(steps);
    }

    /**
     * What a statement attacks, directly or as a premise of an attack argument (which counts as
     * attacking that argument's conclusion); in the order written, without repeats.
     */
    Set<String> attackTargets(String id) {
        Set<String> targets = new LinkedHashSet<>();
        for (Edge edge : outgoing(id)) {
            if (edge.relation() == Relation.ATTACKS) {
                targets.add(edge.to());
            } else if (edge.relation() == Relation.PREMISE) {
                for (Edge fromArgument : outgoing(edge.to())) {
                    if (fromArgument.relation() == Relation.ATTACKS) {
                        targets.add(fromArgument.to());
                    }
                }
            }
        }
        return Collections.unmodifiableSet(targets);
    }

    /**
     * Whether a statement relates to something of its own: it supports or attacks something (as
     * written, even an unknown id) or is an argument's premise. Statements without this are
     * {@code unrelated-statement}'s to report.
     */
    boolean hasOwnRelation(Statement statement) {
        return !statement.supports().isEmpty() || !statement.attacks().isEmpty()
                || outgoing(statement.id()).stream().anyMatch(edge -> edge.relation() == Relation.PREMISE);
    }

    /**
     * The statements and arguments, in map order, with a relation left out of this graph because
     * it names an unknown id (or a premise that is not a statement): {@code dangling-reference}'s
     * findings, seen from the node that wrote them. Rules whose answer would change once such an
     * id is corrected hold back for these.
     */
    Set<String> namingUnknownIds() {
        return namingUnknownIds;
    }

    /** Nodes related to this one in either direction, in a stable order, without repeats. */
    Set<String> neighbours(String id) {
        Set<String> neighbours = new LinkedHashSet<>();
        outgoing(id).forEach(edge -> neighbours.add(edge.to()));
        incoming(id).forEach(edge -> neighbours.add(edge.from()));
        neighbours.remove(id);
        return Collections.unmodifiableSet(neighbours);
    }
}
