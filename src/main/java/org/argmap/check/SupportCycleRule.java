package org.argmap.check;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.argmap.model.Relation;

/**
 * {@code support-cycle}: a chain of supports that returns to its start (circular reasoning).
 * Steps are {@code supports}, and premise -> support argument -> conclusion. Attack cycles are
 * allowed; one-step loops are {@code self-reference}'s.
 *
 * <p>Each elementary cycle is reported once: it is written from its earliest-written element,
 * and reported at the first step's value, with each later step as a related location. At most {@value #MAX_CYCLES} cycles are listed, so a
 * pathological map cannot make the check run for ever.
 */
final class SupportCycleRule implements Rule {

    static final int MAX_CYCLES = 100;

    private static final RuleInfo INFO = new RuleInfo(RuleIds.SUPPORT_CYCLE, Severity.ERROR, true,
            "a chain of supports returns to its start (circular reasoning)",
            "Decide which way the reasoning runs and remove or reverse the support that points back to the start.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        RelationGraph graph = context.graph();
        List<String> order = graph.nodes().stream()
                .sorted(Comparator.comparing(graph::location, SupportCycleRule::compare))
                .toList();
        Map<String, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.put(order.get(i), i);
        }
        Map<String, List<Relation>> steps = new HashMap<>();
        for (String node : order) {
            steps.put(node, supportSteps(context.map(), graph, node));
        }
        Map<String, List<String>> predecessors = new HashMap<>();
        steps.forEach((from, edges) -> edges.forEach(
                edge -> predecessors.computeIfAbsent(edge.to(), k -> new ArrayList<>()).add(from)));
        Map<String, Integer> component = components(order, steps, predecessors);
        Map<Integer, Integer> componentSize = new HashMap<>();
        component.values().forEach(c -> componentSize.merge(c, 1, Integer::sum));
        List<Diagnostic> findings = new ArrayList<>();
        for (String start : order) {
            if (findings.size() >= MAX_CYCLES) {
                break;
            }
            if (componentSize.get(component.get(start)) > 1) {
                // one large cycle of supports costs each of its elements a walk of it
                context.deadline().check();
                findCycles(start, steps, predecessors, rank, component, findings);
            }
        }
        return List.copyOf(findings);
    }

    /**
     * The strongly connected components of the support steps (Kosaraju, without recursion), as a
     * component number per element. Every cycle lies within one component, and an element alone in
     * its component is on none (loops onto itself are not steps), so the search for cycles can skip
     * it: otherwise, on a long chain of supports, each element's search would walk the whole chain
     * above it, for time growing with the square of the map.
     */
    private static Map<String, Integer> components(List<String> order, Map<String, List<Relation>> steps,
            Map<String, List<String>> predecessors) {
        List<String> finished = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        for (String root : order) {
            if (!visited.add(root)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>(List.of(root));
            Deque<Integer> nextStep = new ArrayDeque<>(List.of(0));
            while (!path.isEmpty()) {
                String node = path.peek();
                int index = nextStep.pop();
                List<Relation> out = steps.get(node);
                if (index < out.size()) {
                    nextStep.push(index + 1);
                    String to = out.get(index).to();
                    if (visited.add(to)) {
                        path.push(to);
                        nextStep.push(0);
                    }
                } else {
                    finished.add(path.pop());
                }
            }
        }
        Map<String, Integer> component = new HashMap<>();
        for (int i = finished.size() - 1; i >= 0; i--) {
            String root = finished.get(i);
            if (component.containsKey(root)) {
                continue;
            }
            int number = i;
            component.put(root, number);
            Deque<String> queue = new ArrayDeque<>(List.of(root));
            while (!queue.isEmpty()) {
                for (String from : predecessors.getOrDefault(queue.pop(), List.of())) {
                    if (component.putIfAbsent(from, number) == null) {
                        queue.add(from);
                    }
                }
            }
        }
        return component;
    }

    /** Support steps with one step per target, leaving out loops onto the same element. */
    private static List<Relation> supportSteps(ArgumentMap map, RelationGraph graph, String node) {
        Map<String, Relation> byTarget = new LinkedHashMap<>();
        for (Relation edge : graph.supportSteps(node)) {
            if (!edge.to().equals(node) && !premiseIsOwnConclusion(map, edge)) {
                byTarget.putIfAbsent(edge.to(), edge);
            }
        }
        return List.copyOf(byTarget.values());
    }

    private static boolean premiseIsOwnConclusion(ArgumentMap map, Relation edge) {
        if (edge.type() != Relation.Type.PREMISE) {
            return false;
        }
        Argument argument = map.arguments().get(edge.to());
        return argument != null && argument.conclusion().id().equals(edge.from());
    }

    /**
     * Every elementary cycle whose earliest element is {@code start}: a depth-first walk that only
     * visits later elements, so no cycle is found twice.
     */
    private void findCycles(String start, Map<String, List<Relation>> steps,
            Map<String, List<String>> predecessors, Map<String, Integer> rank, Map<String, Integer> component,
            List<Diagnostic> findings) {
        int startRank = rank.get(start);
        Set<String> leadsBack = leadingBackTo(start, predecessors, rank, component);
        Deque<Relation> path = new ArrayDeque<>();
        Deque<Integer> nextStep = new ArrayDeque<>();
        List<String> onPath = new ArrayList<>(List.of(start));
        Set<String> onPathSet = new HashSet<>(onPath);
        nextStep.push(0);
        while (!nextStep.isEmpty() && findings.size() < MAX_CYCLES) {
            String current = onPath.get(onPath.size() - 1);
            int index = nextStep.pop();
            List<Relation> out = steps.get(current);
            if (index >= out.size()) {
                onPathSet.remove(onPath.remove(onPath.size() - 1));
                if (!path.isEmpty()) {
                    path.removeLast();
                }
                continue;
            }
            nextStep.push(index + 1);
            Relation edge = out.get(index);
            if (edge.to().equals(start)) {
                path.addLast(edge);
                findings.add(report(start, path));
                path.removeLast();
            } else if (rank.get(edge.to()) > startRank && leadsBack.contains(edge.to())
                    && !onPathSet.contains(edge.to())) {
                path.addLast(edge);
                onPath.add(edge.to());
                onPathSet.add(edge.to());
                nextStep.push(0);
            }
        }
    }

    /**
     * The elements of {@code start}'s component ranked after it from which a chain of later elements
     * leads back to it (an element outside the component cannot also be reached from it).
     */
    private static Set<String> leadingBackTo(String start, Map<String, List<String>> predecessors,
            Map<String, Integer> rank, Map<String, Integer> component) {
        int startRank = rank.get(start);
        int startComponent = component.get(start);
        Set<String> reached = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            for (String from : predecessors.getOrDefault(queue.pop(), List.of())) {
                if (rank.get(from) > startRank && component.get(from) == startComponent && reached.add(from)) {
                    queue.add(from);
                }
            }
        }
        return reached;
    }

    /** The finding at the cycle's first step, with every later step as a related location. */
    private Diagnostic report(String start, Deque<Relation> cycle) {
        String route = start + " -> " + cycle.stream().map(Relation::to).collect(Collectors.joining(" -> "));
        List<Diagnostic.Related> steps = new ArrayList<>();
        int number = 1;
        for (Relation step : cycle) {
            if (number > 1) {
                steps.add(new Diagnostic.Related(step.ref().location(),
                        "step " + number + ": " + step.from() + " -> " + step.to()));
            }
            number++;
        }
        return diagnostic(cycle.getFirst().ref().location(), "circular support: " + route,
                Optional.of("a chain of supports may not return to its start: remove or reverse one of these supports"))
                .withRelated(steps);
    }

    private static int compare(Location a, Location b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }
}
