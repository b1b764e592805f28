package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * The map {@code argmap init} writes has every part the issue asks a starting point to show, and
 * the editor's schema finds nothing wrong with it (that {@code check} finds nothing either is
 * {@code InitCommandTest}'s, through the command line).
 */
class MapTemplateTest {

    private static ArgumentMap map() {
        LoadResult loaded = new MapLoader().load(MapTemplate.DEFAULT_FILE_NAME, MapTemplate.text());
        assertEquals(List.of(), loaded.diagnostics());
        return loaded.map().orElseThrow();
    }

    @Test
    void firstLineNamesTheSchemaFileBesideTheMap() {
        assertEquals("# yaml-language-server: $schema=" + MapSchema.FILE_NAME, MapTemplate.text().lines().findFirst().orElseThrow());
    }

    @Test
    void theEditorsSchemaAcceptsIt() {
        assertEquals(Optional.of(List.of()), MapSchemaValidator.schemaErrors(MapTemplate.text()));
    }

    @Test
    void everyKindOfStatementIsThereAndEveryKindIsWrittenOut() {
        Set<Kind> kinds = map().statements().values().stream().map(Statement::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Kind.class)));
        assertEquals(EnumSet.allOf(Kind.class), kinds);
        // written out, so that the starting point shows each word and `check` holds it to the relations
        assertTrue(map().statements().values().stream().allMatch(s -> s.declaredKind().isPresent()));
        assertTrue(map().statements().values().stream().anyMatch(Statement::implicit), "an implicit premise");
        assertTrue(map().statements().values().stream().anyMatch(s -> s.qualifier().isPresent()), "a qualifier");
    }

    @Test
    void itHasPerspectivesAnArgumentWithLinkedPremisesAndACatalogueSchemeAndASourceToFillIn() {
        ArgumentMap map = map();
        assertTrue(map.perspectives().size() >= 1);
        assertTrue(map.statements().values().stream().allMatch(s -> s.kind() == Kind.THESIS || s.perspective().isPresent()),
                "every statement but the thesis shows where a perspective goes");
        Argument argument = map.arguments().values().iterator().next();
        assertTrue(argument.premises().size() >= 2, "linked premises");
        String scheme = argument.scheme().orElseThrow().value();
        assertTrue(BuiltInSchemes.catalogue().find(scheme).isPresent(), scheme + " is in the catalogue");
        for (String field : List.of("title", "author", "publisher", "date", "url")) {
            assertTrue(MapTemplate.text().contains("\n  " + field + ":"), "source field to fill in: " + field);
        }
        assertTrue(MapTemplate.text().contains("\nsource:\n"));
    }

    /** Every section is explained where it starts: a comment on the line before each top-level key but the version. */
    @Test
    void eachSectionHasACommentBeforeIt() {
        List<String> lines = MapTemplate.text().lines().toList();
        for (String section : List.of("source:", "perspectives:", "statements:", "arguments:")) {
            int at = lines.indexOf(section);
            assertTrue(at > 0 && lines.get(at - 1).startsWith("#"), section + " has a comment above it");
        }
    }
}
