package org.argmap.model;

import java.util.List;

/**
 * The counterpoints to the thesis that nothing answers: statements whose kind is counterpoint,
 * that attack a thesis directly in their own {@code attacks}, and that no statement or attack
 * argument attacks in turn. The check {@code unanswered-counterpoint} reports them and
 * {@code argmap stats} counts them; both ask here, so they always name the same statements.
 */
public final class UnansweredCounterpoints {

    private UnansweredCounterpoints() {
    }

    /** The unanswered counterpoints of {@code map}, in the map's order; linear in the map's relations. */
    public static List<Statement> of(ArgumentMap map) {
        Relations relations = map.relations();
        return map.statements().values().stream()
                .filter(statement -> statement.kind() == Kind.COUNTERPOINT && attacksThesis(map, statement))
                .filter(statement -> relations.incoming(statement.id()).stream()
                        .noneMatch(relation -> relation.type() == Relation.Type.ATTACKS))
                .toList();
    }

    private static boolean attacksThesis(ArgumentMap map, Statement statement) {
        return map.relations().outgoing(statement.id()).stream()
                .filter(relation -> relation.field() == Relation.Field.ATTACKS)
                .map(relation -> map.node(relation.to()).orElseThrow())
                .anyMatch(target -> target instanceof Statement s && s.kind() == Kind.THESIS);
    }
}
