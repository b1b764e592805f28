package org.argmap.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.Statement;

/**
 * The questions the rules ask of the map's relations, answered from the map's one index of them
 * ({@link ArgumentMap#relations()}), so the rules see exactly the relations that evaluation and
 * drawing follow. Immutable.
 *
 * <p>Edges are the relations that hold: a statement's {@code supports} and {@code attacks}; a
 * premise to its argument ({@link Relation.Type#PREMISE}); an argument to its conclusion
 * ({@link Relation.Type#SUPPORTS} or {@link Relation.Type#ATTACKS} by the argument's kind). A
 * relation that names an unknown id (or a premise that names an argument) is not an edge:
 * {@code dangling-reference} reports it, and the graph rules see only what exists.
 */
final class RelationGraph {

    private final ArgumentMap map;
    private final Set<String> namingUnknownIds;

    private RelationGraph(ArgumentMap map) {
        this.map = map;
        Set<String> writers = new LinkedHashSet<>();
        map.relations().dangling().forEach(relation -> writers.add(relation.writer()));
        Set<String> inMapOrder = new LinkedHashSet<>();
        map.relations().nodeIds().stream().filter(writers::contains).forEach(inMapOrder::add);
        this.namingUnknownIds = Collections.unmodifiableSet(inMapOrder);
    }

    static RelationGraph of(ArgumentMap map) {
        return new RelationGraph(map);
    }

    /** Every statement id, then every argument id, in the order written. */
    List<String> nodes() {
        return map.relations().nodeIds();
    }

    List<Relation> outgoing(String id) {
        return map.relations().outgoing(id);
    }

    List<Relation> incoming(String id) {
        return map.relations().incoming(id);
    }

    /** Where a node's id was written (the statement's, when a statement and an argument share it). */
    Location location(String id) {
        return map.node(id).map(Node::location)
                .orElseThrow(() -> new IllegalArgumentException("not a node of this map: " + id));
    }

    boolean isSupportArgument(String id) {
        Argument argument = map.arguments().get(id);
        return argument != null && argument.kind() == ArgumentKind.SUPPORT;
    }

    /**
     * The steps of support leaving a node: its {@code supports}, a premise's step into a support
     * argument, and a support argument's step to its conclusion.
     */
    List<Relation> supportSteps(String id) {
        List<Relation> steps = new ArrayList<>();
        for (Relation edge : outgoing(id)) {
            if (edge.type() == Relation.Type.SUPPORTS
                    || (edge.type() == Relation.Type.PREMISE && isSupportArgument(edge.to()))) {
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
        for (Relation edge : outgoing(id)) {
            if (edge.type() == Relation.Type.ATTACKS) {
                targets.add(edge.to());
            } else if (edge.type() == Relation.Type.PREMISE) {
                for (Relation fromArgument : outgoing(edge.to())) {
                    if (fromArgument.type() == Relation.Type.ATTACKS) {
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
        return map.relations().writtenBy(statement.id()).stream().anyMatch(relation ->
                        relation.field() == Relation.Field.SUPPORTS || relation.field() == Relation.Field.ATTACKS)
                || outgoing(statement.id()).stream().anyMatch(edge -> edge.type() == Relation.Type.PREMISE);
    }

    /**
     * The statements and arguments, in map order, that wrote a relation that does not hold because
     * it names an unknown id (or a premise that is not a statement): {@code dangling-reference}'s
     * findings, seen from the node that wrote them. Rules whose answer would change once such an
     * id is corrected hold back for these.
     */
    Set<String> namingUnknownIds() {
        return namingUnknownIds;
    }

    /**
     * The relations as written that loop back onto where they start: a statement that supports or
     * attacks itself, an argument that concludes itself, a premise that is also its argument's
     * conclusion. In the map's order.
     */
    List<Relation> selfReferences() {
        return map.relations().written().stream().filter(this::isSelfReference).toList();
    }

    private boolean isSelfReference(Relation relation) {
        if (relation.field() == Relation.Field.PREMISES) {
            Argument argument = map.arguments().get(relation.to());
            return relation.from().equals(argument.conclusion().id());
        }
        return relation.from().equals(relation.to());
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
