package org.argmap.render;

import java.util.List;
import java.util.Objects;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;

/**
 * One edge of the diagram, pointing from what supports or attacks towards what is supported or
 * attacked.
 */
record Relation(String from, String to, EdgeStyle style) {

    Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(style, "style");
    }

    /**
     * Every relation of the map that holds, in the map's order: each statement's supports and
     * attacks, then each argument's premises and conclusion. The map's relation index decides
     * which hold; a relation naming an unknown id, or a premise naming an argument, is not drawn
     * (the check stage reports it).
     */
    static List<Relation> of(ArgumentMap map) {
        return map.relations().edges().stream()
                .map(relation -> new Relation(relation.from(), relation.to(), style(map, relation)))
                .toList();
    }

    private static EdgeStyle style(ArgumentMap map, org.argmap.model.Relation relation) {
        return switch (relation.type()) {
            case SUPPORTS -> EdgeStyle.SUPPORTS;
            case PREMISE -> EdgeStyle.PREMISE_OF;
            case ATTACKS -> map.node(relation.to()).orElseThrow() instanceof Argument
                    ? EdgeStyle.UNDERCUTS
                    : EdgeStyle.ATTACKS;
        };
    }
}
