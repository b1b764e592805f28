package org.argmap.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Label;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Polarity;
import org.argmap.model.Ref;
import org.argmap.model.Relation;
import org.argmap.model.Side;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.model.UnansweredCounterpoints;

/**
 * The numbers {@code argmap stats} shows for one map: how many statements of each kind and
 * arguments of each kind, how the statements divide between the perspectives and the sides, the
 * evaluation's labels, how deep the argument goes, the counterpoints to the thesis nobody answers,
 * the reconstructed and unquoted statements, and how the quotes fared against the source text.
 * Made in one pass over the map and its relations ({@link #of}), so any front end can show them.
 *
 * @param file         the map file, as named in locations
 * @param title        the map's title, if it has one
 * @param kinds        statements by kind, every kind in {@link Kind}'s order (zero included)
 * @param arguments    arguments by kind, every kind in {@link ArgumentKind}'s order
 * @param perspectives the statements of each declared perspective, in the order declared
 * @param outside      statements outside every declared perspective (usually the thesis)
 * @param sides        statements other than the thesis on each side; those with no side are {@code unlinked}
 * @param unlinked     statements other than the thesis that no relation links to it
 * @param labels       statements and arguments by label, when the map was evaluated
 * @param depth        the farthest a statement is from the thesis, in steps (see {@link #of})
 * @param deepest      the first statement, in map order, that far from the thesis; empty without a thesis
 * @param unanswered   the counterpoints to the thesis that nothing attacks ({@link UnansweredCounterpoints})
 * @param implicit     statements marked {@code implicit: true}
 * @param unquoted     statements with no quote that are not marked implicit
 * @param quotes       whether the quotes were checked, and how many were found
 */
public record MapStats(String file, Optional<String> title, Map<Kind, Integer> kinds,
                       Map<ArgumentKind, Integer> arguments, List<PerspectiveCount> perspectives, int outside,
                       Map<Side, Integer> sides, int unlinked, Optional<Map<Label, Integer>> labels, int depth,
                       Optional<String> deepest, List<String> unanswered, int implicit, int unquoted,
                       Quotes quotes) {

    /** Why the quotes were not checked when the map's {@code source.text} could not be read. */
    public static final String UNREADABLE_SOURCE = "the source text could not be read (see the finding at source.text)";

    /**
     * The statements of one declared perspective.
     *
     * @param label the perspective's label, else its id
     */
    public record PerspectiveCount(String id, String label, int statements) {
    }

    /**
     * How the map's quotes fared.
     *
     * @param total    every passage the check looks up: statements' and arguments' quotes, and quoted qualifiers
     * @param against  the source text they were checked against; empty when they were not checked
     * @param notFound how many were not found there (the {@code quote-not-found} findings)
     * @param whyNot   why they were not checked, when they were not and no finding says why
     */
    public record Quotes(int total, Optional<String> against, int notFound, Optional<String> whyNot) {

        public Quotes {
            Objects.requireNonNull(against, "against");
            Objects.requireNonNull(whyNot, "whyNot");
        }

        /** Whether the quotes were looked up in a source text. */
        public boolean checked() {
            return against.isPresent();
        }

        /** How many were found in the source text; zero when they were not checked. */
        public int found() {
            return checked() ? total - notFound : 0;
        }
    }

    public MapStats {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        kinds = Collections.unmodifiableMap(new EnumMap<>(kinds));
        arguments = Collections.unmodifiableMap(new EnumMap<>(arguments));
        perspectives = List.copyOf(perspectives);
        sides = Collections.unmodifiableMap(new EnumMap<>(sides));
        labels = labels.map(counts -> Collections.unmodifiableMap(new EnumMap<>(counts)));
        Objects.requireNonNull(deepest, "deepest");
        unanswered = List.copyOf(unanswered);
        Objects.requireNonNull(quotes, "quotes");
    }

    /** Every statement of the map. */
    public int statements() {
        return kinds.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Every argument of the map. */
    public int argumentCount() {
        return arguments.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * Counts {@code map}. Depth: each statement's distance from the thesis, counted along its
     * shortest path as sides are ({@link Polarity}), where supporting or attacking a statement or
     * an argument is one step and being an argument's premise is none (a premise stands where its
     * argument does). So a premise of the thesis is 1 step out, the premises of an argument against
     * it 1 too, and a statement that undercuts that argument 2. The depth is the largest such
     * distance: in a map whose relations form a tree, the longest chain from a statement to the
     * thesis.
     *
     * @param evaluation the map's evaluation, when it was evaluated
     * @param quotes     what the check says of the quotes
     * @param findings   the map's findings, for the quotes not found
     */
    public static MapStats of(ArgumentMap map, Optional<Evaluation> evaluation, QuoteCheck quotes,
                              List<Diagnostic> findings) {
        Map<Kind, Integer> kinds = zeros(Kind.class);
        Map<String, Integer> byPerspective = new LinkedHashMap<>();
        map.perspectives().keySet().forEach(id -> byPerspective.put(id, 0));
        Map<Side, Integer> sides = zeros(Side.class);
        Polarity polarity = Polarity.of(map);
        int outside = 0;
        int unlinked = 0;
        int implicit = 0;
        int unquoted = 0;
        for (Statement statement : map.statements().values()) {
            kinds.merge(statement.kind(), 1, Integer::sum);
            Optional<String> perspective = statement.perspective().map(Ref::id).filter(byPerspective::containsKey);
            if (perspective.isPresent()) {
                byPerspective.merge(perspective.get(), 1, Integer::sum);
            } else {
                outside++;
            }
            if (statement.kind() != Kind.THESIS) {
                Optional<Side> side = polarity.side(statement.id());
                if (side.isPresent()) {
                    sides.merge(side.get(), 1, Integer::sum);
                } else {
                    unlinked++;
                }
            }
            implicit += statement.implicit() ? 1 : 0;
            unquoted += !statement.implicit() && statement.quotes().isEmpty() ? 1 : 0;
        }
        Map<ArgumentKind, Integer> arguments = zeros(ArgumentKind.class);
        map.arguments().values().forEach(argument -> arguments.merge(argument.kind(), 1, Integer::sum));
        List<PerspectiveCount> perspectives = new ArrayList<>();
        byPerspective.forEach((id, count) -> {
            perspectives.add(new PerspectiveCount(id, map.perspectives().get(id).displayName(), count));
        });
        Map<String, Integer> distances = distances(map);
        int depth = 0;
        Optional<String> deepest = Optional.empty();
        for (Statement statement : map.statements().values()) {
            Integer distance = distances.get(statement.id());
            if (distance != null && (deepest.isEmpty() || distance > depth)) {
                depth = distance;
                deepest = Optional.of(statement.id());
            }
        }
        return new MapStats(map.file(), map.title().map(Text::value), kinds, arguments, perspectives, outside, sides,
                unlinked, evaluation.map(e -> labels(map, e)), depth, deepest,
                UnansweredCounterpoints.of(map).stream().map(Statement::id).toList(), implicit, unquoted,
                quotes(quotes, findings));
    }

    private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> type) {
        Map<E, Integer> counts = new EnumMap<>(type);
        for (E value : type.getEnumConstants()) {
            counts.put(value, 0);
        }
        return counts;
    }

    private static Map<Label, Integer> labels(ArgumentMap map, Evaluation evaluation) {
        Map<Label, Integer> labels = zeros(Label.class);
        map.relations().nodeIds().forEach(id -> evaluation.label(id).ifPresent(label -> labels.merge(label, 1, Integer::sum)));
        return labels;
    }

    /**
     * Every statement's and argument's distance from the thesis, breadth first from it with steps
     * of one or none (a premise's step into its argument): each node is settled at its smallest
     * distance, and the work is linear in the relations.
     */
    private static Map<String, Integer> distances(ArgumentMap map) {
        Map<String, Integer> distances = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        for (Statement statement : map.statements().values()) {
            if (statement.kind() == Kind.THESIS) {
                distances.put(statement.id(), 0);
                queue.add(statement.id());
            }
        }
        while (!queue.isEmpty()) {
            String id = queue.removeFirst();
            int distance = distances.get(id);
            for (Relation relation : map.relations().incoming(id)) {
                boolean free = relation.type() == Relation.Type.PREMISE;
                int through = distance + (free ? 0 : 1);
                Integer known = distances.get(relation.from());
                if (known == null || through < known) {
                    distances.put(relation.from(), through);
                    if (free) {
                        queue.addFirst(relation.from());
                    } else {
                        queue.addLast(relation.from());
                    }
                }
            }
        }
        return distances;
    }

    private static Quotes quotes(QuoteCheck check, List<Diagnostic> findings) {
        int notFound = check.against().isPresent()
                ? (int) findings.stream().filter(d -> d.rule().equals(RuleIds.QUOTE_NOT_FOUND)).count() : 0;
        // a source.text that cannot be read has its own finding, and QuoteCheck gives no reason then
        Optional<String> whyNot = check.against().isEmpty() && check.whyNot().isEmpty() && check.quotes() > 0
                ? Optional.of(UNREADABLE_SOURCE) : check.whyNot();
        return new Quotes(check.quotes(), check.against(), notFound, whyNot);
    }
}
