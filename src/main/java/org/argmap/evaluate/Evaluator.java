package org.argmap.evaluate;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;
import org.argmap.model.Relation;
import org.argmap.model.Statement;

/**
 * Evaluates a map as the format specifies: grounded labels from the attack graph and DF-QuAD
 * strengths (Rago, Toni, Aurisicchio, Baroni, KR 2016) from supports and attacks.
 *
 * <p>It follows the relations that hold, as the map's relation index decides them: a relation
 * naming an id the map does not have, or a premise naming an argument, is not followed (the
 * checker reports it). An argument none of whose premises is a statement of the map gets the
 * default statement weight as its base score.
 *
 * <p>When the strength dependencies (a node depends on its supporters, its attackers and, for an
 * argument, its premises) have a cycle, all strengths are iterated Jacobi-style: each round computes
 * every node from the previous round's values only, so the outcome does not depend on the order in
 * which ids were written. Iteration starts from the base scores.
 */
public final class Evaluator {

    /** A round that moves no strength by more than this ends the iteration. */
    public static final double TOLERANCE = 1e-9;
    /** Iteration gives up, reporting no convergence, after this many rounds. */
    public static final int MAX_ROUNDS = 1000;

    public Evaluation evaluate(ArgumentMap map) {
        return evaluate(map, Deadline.NONE);
    }

    /**
     * The evaluation of {@code map}, looking at {@code deadline} before each round of iteration
     * (a map whose strengths never settle takes {@value #MAX_ROUNDS} rounds over all its nodes).
     *
     * @throws Deadline.Exceeded once the deadline has passed
     */
    public Evaluation evaluate(ArgumentMap map, Deadline deadline) {
        Graph graph = new Graph(map);
        Map<String, Label> labels = groundedLabels(graph);
        deadline.check();
        return strengths(map, graph, labels, deadline);
    }

    /**
     * The spec's repeated labelling, done in time linear in nodes and attacks: each node counts its
     * attackers not yet rejected; a node is accepted when that count reaches zero, and everything an
     * accepted node attacks is rejected, which lowers the counts of what the rejected node attacks.
     * Labels only ever get added and every rule is monotone, so the order of this work list gives
     * the same (least) labelling as sweeping over all nodes until nothing changes, which would take
     * as many sweeps as the longest attack chain is long.
     */
    private static Map<String, Label> groundedLabels(Graph graph) {
        Map<String, List<String>> attacked = new HashMap<>();
        graph.nodes.forEach(id -> attacked.put(id, new ArrayList<>()));
        Map<String, Integer> liveAttackers = new HashMap<>();
        Map<String, Label> settled = new HashMap<>();
        Deque<String> accepted = new ArrayDeque<>();
        for (String id : graph.nodes) {
            Set<String> attackers = graph.labelAttackers.get(id);
            attackers.forEach(attacker -> attacked.get(attacker).add(id));
            liveAttackers.put(id, attackers.size());
            if (attackers.isEmpty()) {
                settled.put(id, Label.ACCEPTED);
                accepted.add(id);
            }
        }
        while (!accepted.isEmpty()) {
            for (String target : attacked.get(accepted.removeFirst())) {
                if (settled.putIfAbsent(target, Label.REJECTED) != null) {
                    continue;
                }
                for (String next : attacked.get(target)) {
                    if (liveAttackers.merge(next, -1, Integer::sum) == 0
                            && settled.putIfAbsent(next, Label.ACCEPTED) == null) {
                        accepted.addLast(next);
                    }
                }
            }
        }
        Map<String, Label> labels = new LinkedHashMap<>();
        graph.nodes.forEach(id -> labels.put(id, settled.getOrDefault(id, Label.UNDECIDED)));
        return labels;
    }

    private static Evaluation strengths(ArgumentMap map, Graph graph, Map<String, Label> labels, Deadline deadline) {
        Map<String, Double> initial = new LinkedHashMap<>();
        map.statements().values().forEach(s -> initial.put(s.id(), s.weight()));
        map.arguments().values().forEach(a -> initial.put(a.id(), Statement.DEFAULT_WEIGHT));
        map.arguments().values().forEach(a -> initial.put(a.id(), baseScore(graph, a.id(), initial)));

        List<String> order = topologicalOrder(graph);
        if (order.size() == graph.nodes.size()) {
            Map<String, Double> strengths = new HashMap<>(initial);
            for (String id : order) {
                strengths.put(id, strength(graph, id, strengths));
            }
            return new Evaluation(labels, inMapOrder(graph, strengths), true, 0, List.of());
        }

        Map<String, Double> current = initial;
        for (int round = 1; round <= MAX_ROUNDS; round++) {
            deadline.check();
            Map<String, Double> next = new LinkedHashMap<>();
            List<String> moved = new ArrayList<>();
            for (String id : graph.nodes) {
                double value = strength(graph, id, current);
                next.put(id, value);
                if (Math.abs(value - current.get(id)) > TOLERANCE) {
                    moved.add(id);
                }
            }
            current = next;
            if (moved.isEmpty()) {
                return new Evaluation(labels, current, true, round, List.of());
            }
            if (round == MAX_ROUNDS) {
                return new Evaluation(labels, current, false, round, moved);
            }
        }
        throw new AssertionError("unreachable: the last round returns");
    }

    private static Map<String, Double> inMapOrder(Graph graph, Map<String, Double> strengths) {
        Map<String, Double> ordered = new LinkedHashMap<>();
        graph.nodes.forEach(id -> ordered.put(id, strengths.get(id)));
        return ordered;
    }

    /** A statement's weight; an argument's weakest premise strength. */
    private static double baseScore(Graph graph, String id, Map<String, Double> strengths) {
        if (graph.weights.containsKey(id)) {
            return graph.weights.get(id);
        }
        List<String> premises = graph.premises.get(id);
        if (premises.isEmpty()) {
            return Statement.DEFAULT_WEIGHT;
        }
        return premises.stream().mapToDouble(strengths::get).min().orElseThrow();
    }

    private static double strength(Graph graph, String id, Map<String, Double> strengths) {
        double base = baseScore(graph, id, strengths);
        double attack = aggregate(graph.strengthAttackers.get(id), strengths);
        double support = aggregate(graph.supporters.get(id), strengths);
        double value = attack >= support
                ? base - base * (attack - support)
                : base + (1 - base) * (support - attack);
        // Rounding must not carry a strength a hair outside [0, 1].
        return Math.min(1.0, Math.max(0.0, value));
    }

    /** 1 - prod(1 - s) over the given nodes; 0 when there are none. */
    private static double aggregate(Set<String> ids, Map<String, Double> strengths) {
        double product = 1.0;
        for (String id : ids) {
            product *= 1.0 - strengths.get(id);
        }
        return 1.0 - product;
    }

    /** Kahn's algorithm over the strength dependencies; shorter than the node list when there is a cycle. */
    private static List<String> topologicalOrder(Graph graph) {
        Map<String, Integer> pending = new HashMap<>();
        Map<String, List<String>> dependents = new HashMap<>();
        graph.nodes.forEach(id -> dependents.put(id, new ArrayList<>()));
        for (String id : graph.nodes) {
            Set<String> dependencies = graph.strengthDependencies(id);
            pending.put(id, dependencies.size());
            dependencies.forEach(d -> dependents.get(d).add(id));
        }
        Deque<String> ready = new ArrayDeque<>();
        graph.nodes.stream().filter(id -> pending.get(id) == 0).forEach(ready::add);
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String id = ready.removeFirst();
            order.add(id);
            for (String dependent : dependents.get(id)) {
                if (pending.merge(dependent, -1, Integer::sum) == 0) {
                    ready.addLast(dependent);
                }
            }
        }
        return order;
    }

    /** The map's relations that hold (see {@link org.argmap.model.Relations}), as the evaluation reads them. */
    private static final class Graph {
        final List<String> nodes;
        final Map<String, Double> weights = new HashMap<>();
        final Map<String, List<String>> premises = new HashMap<>();
        /** Direct attackers: statements that attack the node, attack arguments concluding it. */
        final Map<String, Set<String>> strengthAttackers = new HashMap<>();
        final Map<String, Set<String>> supporters = new HashMap<>();
        /** Direct attackers plus, for an argument, the direct attackers of its premises. */
        final Map<String, Set<String>> labelAttackers = new HashMap<>();

        Graph(ArgumentMap map) {
            nodes = map.relations().nodeIds();
            for (String id : nodes) {
                strengthAttackers.put(id, new LinkedHashSet<>());
                supporters.put(id, new LinkedHashSet<>());
            }
            map.statements().values().forEach(statement -> weights.put(statement.id(), statement.weight()));
            Map<String, Set<String>> premiseSets = new HashMap<>();
            nodes.forEach(id -> premiseSets.put(id, new LinkedHashSet<>()));
            for (Relation relation : map.relations().edges()) {
                switch (relation.type()) {
                    case SUPPORTS -> supporters.get(relation.to()).add(relation.from());
                    case ATTACKS -> strengthAttackers.get(relation.to()).add(relation.from());
                    case PREMISE -> premiseSets.get(relation.to()).add(relation.from());
                    default -> throw new AssertionError(relation.type());
                }
            }
            premiseSets.forEach((id, set) -> premises.put(id, List.copyOf(set)));
            for (String id : nodes) {
                Set<String> attackers = new LinkedHashSet<>(strengthAttackers.get(id));
                premises.get(id).forEach(p -> attackers.addAll(strengthAttackers.get(p)));
                labelAttackers.put(id, attackers);
            }
        }

        Set<String> strengthDependencies(String id) {
            Set<String> dependencies = new LinkedHashSet<>(supporters.get(id));
            dependencies.addAll(strengthAttackers.get(id));
            dependencies.addAll(premises.get(id));
            return dependencies;
        }
    }
}
