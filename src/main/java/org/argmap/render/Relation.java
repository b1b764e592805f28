package org.argmap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

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
     * Every relation of the map in the map's order: each statement's supports and attacks, then
     * each argument's premises and conclusion. Relations naming an id that is no statement or
     * argument are left out; the check stage reports them.
     */
    static List<Relation> of(ArgumentMap map) {
        List<Relation> relations = new ArrayList<>();
        for (Statement statement : map.statements().values()) {
            for (Ref target : statement.supports()) {
                add(map, relations, statement.id(), target, EdgeStyle.SUPPORTS);
            }
            for (Ref target : statement.attacks()) {
                add(map, relations, statement.id(), target, attackOn(map, target));
            }
        }
        for (Argument argument : map.arguments().values()) {
            for (Ref premise : argument.premises()) {
                if (map.hasNode(premise.id())) {
                    relations.add(new Relation(premise.id(), argument.id(), EdgeStyle.PREMISE_OF));
                }
            }
            EdgeStyle conclusionStyle = argument.kind() == ArgumentKind.SUPPORT
                    ? EdgeStyle.SUPPORTS
                    : attackOn(map, argument.conclusion());
            add(map, relations, argument.id(), argument.conclusion(), conclusionStyle);
        }
        return List.copyOf(relations);
    }

    private static EdgeStyle attackOn(ArgumentMap map, Ref target) {
        return map.arguments().containsKey(target.id()) ? EdgeStyle.UNDERCUTS : EdgeStyle.ATTACKS;
    }

    private static void add(ArgumentMap map, List<Relation> relations, String from, Ref target,
                            EdgeStyle style) {
        if (map.hasNode(target.id())) {
            relations.add(new Relation(from, target.id(), style));
        }
    }
}
