package org.argmap.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A map's statements grouped by perspective in the map's order, the order the diagram draws them
 * in: first the statements outside every declared perspective (usually the thesis, which no side
 * owns), then each declared perspective that has statements, in the order the map declares them.
 * Statements keep map order within their group. A statement naming a perspective the map does not
 * declare (possible only while {@code undeclared-perspective} is off) is outside every perspective,
 * as the diagram draws it. Every listing of statements by perspective (the page, the evaluation
 * table) reads this one grouping.
 */
public final class StatementGroups {

    /**
     * One group: the statements of a perspective, or of none.
     *
     * @param perspective the declared perspective, or empty for the statements outside every one
     */
    public record Group(Optional<Perspective> perspective, List<Statement> statements) {
        public Group {
            Objects.requireNonNull(perspective, "perspective");
            statements = List.copyOf(statements);
        }
    }

    private StatementGroups() {
    }

    /** The non-empty groups of {@code map}, in the map's order. */
    public static List<Group> of(ArgumentMap map) {
        Map<String, List<Statement>> byPerspective = new LinkedHashMap<>();
        map.perspectives().keySet().forEach(id -> byPerspective.put(id, new ArrayList<>()));
        List<Statement> outside = new ArrayList<>();
        for (Statement statement : map.statements().values()) {
            perspectiveOf(map, statement).map(byPerspective::get)
                    .ifPresentOrElse(members -> members.add(statement), () -> outside.add(statement));
        }
        List<Group> groups = new ArrayList<>();
        if (!outside.isEmpty()) {
            groups.add(new Group(Optional.empty(), outside));
        }
        byPerspective.forEach((id, members) -> {
            if (!members.isEmpty()) {
                groups.add(new Group(Optional.of(map.perspectives().get(id)), members));
            }
        });
        return List.copyOf(groups);
    }

    /**
     * The declared perspective an argument is drawn in: the one all its premises are in, so the
     * argument stays by them; empty when its premises are in different perspectives or in none.
     */
    public static Optional<String> perspectiveOf(ArgumentMap map, Argument argument) {
        List<Optional<String>> premisePerspectives = argument.premises().stream()
                .map(premise -> Optional.ofNullable(map.statements().get(premise.id()))
                        .flatMap(statement -> perspectiveOf(map, statement)))
                .distinct()
                .toList();
        return premisePerspectives.size() == 1 ? premisePerspectives.get(0) : Optional.empty();
    }

    /** The declared perspective a statement is in, if any (a statement naming an undeclared one is in none). */
    public static Optional<String> perspectiveOf(ArgumentMap map, Statement statement) {
        return statement.perspective().map(Ref::id).filter(map.perspectives()::containsKey);
    }
}
