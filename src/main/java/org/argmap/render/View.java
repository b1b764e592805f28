package org.argmap.render;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/**
 * Which part of a map a diagram shows. Applying a view is a pure function from a map to a
 * {@link ViewResult}: the map cut down to what the view keeps, with the ids it left out and, for
 * each kept statement or argument, how many of its relations lead to something left out.
 *
 * <p>Every view draws a relation only when both its ends are shown, so a view never invents or
 * redirects a relation; it only leaves some out, and says so.
 */
public sealed interface View permits View.Whole, View.OfPerspective, View.Focus {

    /** The whole map: nothing left out. */
    View WHOLE = new Whole();

    /**
     * This view of {@code map}.
     *
     * @throws IllegalArgumentException when the view names an id that {@code map} does not have
     *                                  (see {@link #unknownIn})
     */
    ViewResult apply(ArgumentMap map);

    /** The id this view names that {@code map} lacks, if any: then the view cannot be applied. */
    Optional<UnknownId> unknownIn(ArgumentMap map);

    /**
     * What goes after the map's name in the diagram's file name, so that a view never overwrites
     * the whole map's diagram: empty for the whole map, {@code --perspective-<id>} or
     * {@code --focus-<id>-<depth>} for the others. Ids are kebab case, so this is a safe file name.
     */
    String fileSuffix();

    /** The view in a few words for the terminal, naming its ids, e.g. {@code perspective 'shared-threat'}. */
    String describe();

    /** All of the map. */
    record Whole() implements View {
        @Override
        public ViewResult apply(ArgumentMap map) {
            return ViewResult.of(this, map, map, Map.of());
        }

        @Override
        public Optional<UnknownId> unknownIn(ArgumentMap map) {
            return Optional.empty();
        }

        @Override
        public String fileSuffix() {
            return "";
        }

        @Override
        public String describe() {
            return "the whole map";
        }
    }

    /**
     * One side of the debate and what it is about: the thesis, the statements of the perspective,
     * and the arguments whose premises are all among them (an argument belongs to the side that
     * makes it, as in the whole diagram, where such an argument sits in that side's band). An
     * argument with a premise outside the view is left out whole rather than drawn with part of
     * its premises: linked premises only work together. An argument that is kept may still have
     * its conclusion left out (an undercut of the other side's argument); that relation is then
     * counted as not shown.
     */
    record OfPerspective(String id) implements View {
        public OfPerspective {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public ViewResult apply(ArgumentMap map) {
            requireKnown(this, map);
            Set<String> kept = new LinkedHashSet<>();
            for (Statement statement : map.statements().values()) {
                boolean ofThisSide = statement.perspective().map(Ref::id).filter(id::equals).isPresent();
                if (statement.kind() == Kind.THESIS || ofThisSide) {
                    kept.add(statement.id());
                }
            }
            Set<String> keptStatements = Set.copyOf(kept);
            for (Argument argument : map.arguments().values()) {
                boolean premisesShown = !argument.premises().isEmpty() && argument.premises().stream()
                        .map(Ref::id).allMatch(keptStatements::contains);
                if (premisesShown) {
                    kept.add(argument.id());
                }
            }
            return ViewResult.of(this, map, subMap(map, kept, Set.of(id)), hiddenRelations(map, kept));
        }

        @Override
        public Optional<UnknownId> unknownIn(ArgumentMap map) {
            return map.perspectives().containsKey(id)
                    ? Optional.empty()
                    : Optional.of(new UnknownId("perspective", id, List.copyOf(map.perspectives().keySet())));
        }

        @Override
        public String fileSuffix() {
            return "--perspective-" + id;
        }

        @Override
        public String describe() {
            return "perspective '" + id + "'";
        }
    }

    /**
     * The neighbourhood of one statement or argument: everything within {@code depth} relation
     * steps of it, following relations either way (supports, attacks, undercuts, premise of an
     * argument, conclusion of an argument). An argument is a step of its own: a premise is one
     * step from its argument and two from the argument's conclusion. So an argument at the edge of
     * the neighbourhood can be shown with some or none of its premises; it is kept, drawn with the
     * premises that are shown, and the others are counted as relations not shown.
     *
     * @param depth how many steps, 0 for the claim alone
     */
    record Focus(String id, int depth) implements View {
        /** Depth when none is given: the claim and what it touches directly. */
        public static final int DEFAULT_DEPTH = 1;

        public Focus {
            Objects.requireNonNull(id, "id");
            if (depth < 0) {
                throw new IllegalArgumentException("depth must be 0 or more: " + depth);
            }
        }

        @Override
        public ViewResult apply(ArgumentMap map) {
            requireKnown(this, map);
            Map<String, List<String>> neighbours = new HashMap<>();
            for (Relation relation : Relation.of(map)) {
                neighbours.computeIfAbsent(relation.from(), key -> new ArrayList<>()).add(relation.to());
                neighbours.computeIfAbsent(relation.to(), key -> new ArrayList<>()).add(relation.from());
            }
            Map<String, Integer> distance = new HashMap<>();
            distance.put(id, 0);
            Deque<String> queue = new ArrayDeque<>(List.of(id));
            while (!queue.isEmpty()) {
                String node = queue.removeFirst();
                int next = distance.get(node) + 1;
                if (next > depth) {
                    continue;
                }
                for (String neighbour : neighbours.getOrDefault(node, List.of())) {
                    if (distance.putIfAbsent(neighbour, next) == null) {
                        queue.addLast(neighbour);
                    }
                }
            }
            Set<String> kept = distance.keySet();
            return ViewResult.of(this, map, subMap(map, kept, Set.of()), hiddenRelations(map, kept));
        }

        @Override
        public Optional<UnknownId> unknownIn(ArgumentMap map) {
            if (map.hasNode(id)) {
                return Optional.empty();
            }
            List<String> known = new ArrayList<>(map.statements().keySet());
            known.addAll(map.arguments().keySet());
            return Optional.of(new UnknownId("statement or argument", id, known));
        }

        @Override
        public String fileSuffix() {
            return "--focus-" + id + "-" + depth;
        }

        @Override
        public String describe() {
            return "focus on '" + id + "', depth " + depth;
        }
    }

    /**
     * An id a view names that the map does not have.
     *
     * @param what  what the id should have named, e.g. {@code perspective}
     * @param known the ids of that sort the map has, in map order, for suggestions
     */
    record UnknownId(String what, String id, List<String> known) {
        public UnknownId {
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(id, "id");
            known = List.copyOf(known);
        }
    }

    private static void requireKnown(View view, ArgumentMap map) {
        view.unknownIn(map).ifPresent(unknown -> {
            throw new IllegalArgumentException(map.file() + " has no " + unknown.what() + " '" + unknown.id() + "'");
        });
    }

    /**
     * The map with only the {@code kept} statements and arguments, their relations and expectations
     * cut down to kept ids, and the perspectives that kept statements belong to (plus
     * {@code alsoKeep}); everything else, the map's own drawing settings included, stays. An
     * argument always has a conclusion, so a kept argument keeps its conclusion as written even
     * when that is left out; drawing leaves out relations to ids the map does not have.
     */
    private static ArgumentMap subMap(ArgumentMap map, Set<String> kept, Set<String> alsoKeep) {
        Map<String, Statement> statements = new LinkedHashMap<>();
        Set<String> usedPerspectives = new LinkedHashSet<>(alsoKeep);
        for (Statement statement : map.statements().values()) {
            if (kept.contains(statement.id())) {
                statements.put(statement.id(), statement.withSupports(keptRefs(statement.supports(), kept))
                        .withAttacks(keptRefs(statement.attacks(), kept)));
                statement.perspective().map(Ref::id).ifPresent(usedPerspectives::add);
            }
        }
        Map<String, Argument> arguments = new LinkedHashMap<>();
        for (Argument argument : map.arguments().values()) {
            if (kept.contains(argument.id())) {
                arguments.put(argument.id(), argument.withPremises(keptRefs(argument.premises(), kept)));
            }
        }
        Map<String, Perspective> perspectives = new LinkedHashMap<>();
        map.perspectives().forEach((id, perspective) -> {
            if (usedPerspectives.contains(id)) {
                perspectives.put(id, perspective);
            }
        });
        Expectations expect = new Expectations(keptRefs(map.expect().accepted(), kept),
                keptRefs(map.expect().rejected(), kept), keptRefs(map.expect().undecided(), kept));
        return map.withStatements(statements).withArguments(arguments).withPerspectives(perspectives)
                .withExpect(expect);
    }

    private static List<Ref> keptRefs(List<Ref> refs, Set<String> kept) {
        return refs.stream().filter(ref -> kept.contains(ref.id())).toList();
    }

    /** For each kept node with relations to left-out nodes, how many, in the order the map relates them. */
    private static Map<String, Integer> hiddenRelations(ArgumentMap map, Set<String> kept) {
        Map<String, Integer> hidden = new HashMap<>();
        for (Relation relation : Relation.of(map)) {
            boolean fromKept = kept.contains(relation.from());
            boolean toKept = kept.contains(relation.to());
            if (fromKept != toKept) {
                hidden.merge(fromKept ? relation.from() : relation.to(), 1, Integer::sum);
            }
        }
        return hidden;
    }
}
