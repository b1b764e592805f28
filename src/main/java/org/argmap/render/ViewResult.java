package org.argmap.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Polarity;

/**
 * A {@link View} applied to a map: what is shown and what was left out.
 *
 * @param view              the view that gave this result
 * @param shown             the map cut down to what the view shows
 * @param omittedStatements ids of the statements left out, in map order
 * @param omittedArguments  ids of the arguments left out, in map order
 * @param hiddenRelations   for each shown statement or argument that has relations to something
 *                          left out, how many such relations (always more than 0), in the order
 *                          of {@code shown}: statements first, then arguments
 * @param sides             the sides of the whole map, so that a view draws every claim on the
 *                          side it has in the whole map even when the thesis is not shown
 */
public record ViewResult(
        View view,
        ArgumentMap shown,
        List<String> omittedStatements,
        List<String> omittedArguments,
        Map<String, Integer> hiddenRelations,
        Polarity sides) {

    public ViewResult {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(sides, "sides");
        Objects.requireNonNull(shown, "shown");
        omittedStatements = List.copyOf(omittedStatements);
        omittedArguments = List.copyOf(omittedArguments);
        Map<String, Integer> ordered = new LinkedHashMap<>();
        for (String id : (Iterable<String>) Stream.concat(shown.statements().keySet().stream(),
                shown.arguments().keySet().stream())::iterator) {
            Integer count = hiddenRelations.get(id);
            if (count != null) {
                ordered.put(id, count);
            }
        }
        if (ordered.size() != hiddenRelations.size()) {
            throw new IllegalArgumentException("hidden relations of ids that are not shown: " + hiddenRelations.keySet());
        }
        if (ordered.values().stream().anyMatch(count -> count <= 0)) {
            throw new IllegalArgumentException("hidden relation counts must be positive: " + hiddenRelations);
        }
        hiddenRelations = Collections.unmodifiableMap(ordered);
    }

    /** A result whose sides are those of {@code shown}, as when it is the whole map. */
    public ViewResult(View view, ArgumentMap shown, List<String> omittedStatements, List<String> omittedArguments,
                      Map<String, Integer> hiddenRelations) {
        this(view, shown, omittedStatements, omittedArguments, hiddenRelations, Polarity.of(shown));
    }

    /** The result of showing {@code shown} out of {@code whole}: whatever {@code whole} has beyond it was left out. */
    static ViewResult of(View view, ArgumentMap whole, ArgumentMap shown, Map<String, Integer> hiddenRelations) {
        List<String> omittedStatements = whole.statements().keySet().stream()
                .filter(id -> !shown.statements().containsKey(id))
                .toList();
        List<String> omittedArguments = whole.arguments().keySet().stream()
                .filter(id -> !shown.arguments().containsKey(id))
                .toList();
        return new ViewResult(view, shown, omittedStatements, omittedArguments, hiddenRelations, Polarity.of(whole));
    }

    /** True when the view left something out, so the diagram must say so. */
    public boolean isPartial() {
        return !omittedStatements.isEmpty() || !omittedArguments.isEmpty();
    }

    /** Statements in the whole map, shown or not. */
    public int statementCount() {
        return shown.statements().size() + omittedStatements.size();
    }

    /** Arguments in the whole map, shown or not. */
    public int argumentCount() {
        return shown.arguments().size() + omittedArguments.size();
    }

    /** How many relations of this shown statement or argument lead to something left out. */
    public int hiddenRelationsOf(String id) {
        return hiddenRelations.getOrDefault(id, 0);
    }
}
