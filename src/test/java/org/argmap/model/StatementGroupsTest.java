package org.argmap.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.load.MapLoader;
import org.junit.jupiter.api.Test;

class StatementGroupsTest {

    private static final String MAP = """
            argmap: 1
            perspectives:
              later:
                label: Declared first
              earlier:
                label: Declared second
              empty:
                label: Nobody here
            statements:
              in-earlier:
                perspective: earlier
                text: In the second perspective.
                supports: main
              main:
                kind: thesis
                text: The thesis.
              in-later:
                perspective: later
                text: In the first perspective.
                attacks: main
              stray:
                perspective: undeclared
                text: Names a perspective the map does not declare.
                supports: main
              loose:
                text: No perspective.
                supports: main
            """;

    private static Map<String, List<String>> groups(String yaml) {
        ArgumentMap map = new MapLoader().load("m.yaml", yaml).map().orElseThrow();
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (StatementGroups.Group group : StatementGroups.of(map)) {
            groups.put(group.perspective().map(Perspective::id).orElse("(none)"),
                    group.statements().stream().map(Statement::id).toList());
        }
        return groups;
    }

    @Test
    void statementsOutsideEveryDeclaredPerspectiveComeFirstThenPerspectivesAsDeclaredEachInMapOrder() {
        assertEquals(Map.of("(none)", List.of("main", "stray", "loose"), "later", List.of("in-later"),
                "earlier", List.of("in-earlier")), groups(MAP));
        assertEquals(List.of("(none)", "later", "earlier"), List.copyOf(groups(MAP).keySet()),
                "an undeclared perspective is no group, and an empty one is left out");
    }

    @Test
    void aMapWithoutPerspectivesIsOneGroup() {
        ArgumentMap map = new MapLoader().load("m.yaml", "argmap: 1\nstatements:\n  t:\n    kind: thesis\n    text: T.\n")
                .map().orElseThrow();
        List<StatementGroups.Group> groups = StatementGroups.of(map);
        assertEquals(1, groups.size());
        assertEquals(Optional.empty(), groups.get(0).perspective());
    }
}
