package org.argmap.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks along steps from node to node, for the importers (AIF, Argdown), which both choose a
 * thesis by what reaches it and refuse supports that would close a cycle. Callers build the step
 * map once and walk it many times, so a walk costs what it visits, not the whole graph.
 */
final class Reach {

    private Reach() {
    }

    /** Every node reached from {@code start} by following {@code steps}, {@code start} included. */
    static Set<String> from(String start, Map<String, ? extends Collection<String>> steps) {
        Set<String> seen = new HashSet<>(List.of(start));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            Collection<String> next = steps.get(todo.remove());
            if (next != null) {
                for (String node : next) {
                    if (seen.add(node)) {
                        todo.add(node);
                    }
                }
            }
        }
        return seen;
    }

    /** Whether {@code to} is {@code from} or is reached from it; stops as soon as it is. */
    static boolean reaches(Map<String, ? extends Collection<String>> steps, String from, String to) {
        Set<String> seen = new HashSet<>(List.of(from));
        Deque<String> todo = new ArrayDeque<>(seen);
        while (!todo.isEmpty()) {
            String at = todo.remove();
            if (at.equals(to)) {
                return true;
            }
            Collection<String> next = steps.get(at);
            if (next != null) {
                for (String node : next) {
                    if (seen.add(node)) {
                        todo.add(node);
                    }
                }
            }
        }
        return false;
    }

    /** The steps turned round: for each node, the nodes that step to it. */
    static Map<String, List<String>> reversed(Map<String, ? extends Collection<String>> steps) {
        Map<String, List<String>> back = new HashMap<>();
        steps.forEach((from, tos) -> tos.forEach(to -> back.computeIfAbsent(to, k -> new ArrayList<>()).add(from)));
        return back;
    }
}
