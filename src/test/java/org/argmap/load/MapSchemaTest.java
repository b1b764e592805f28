package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.argmap.model.ArgumentKind;
import org.argmap.model.Kind;
import org.argmap.model.RenderSettings;
import org.junit.jupiter.api.Test;

class MapSchemaTest {

    private static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";
    private static final Path COMMITTED_COPY = Path.of("docs", MapSchema.FILE_NAME);
    private static final Path ESSAY_MAP = Path.of("maps/st-petersburg-bombing.yaml");

    private static JsonNode schema() throws IOException {
        return new ObjectMapper().readTree(MapSchema.bytes());
    }

    private static Schema metaschema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(SchemaLocation.of(DRAFT_07));
    }

    private static JsonNode definition(String name) throws IOException {
        return schema().path("definitions").path(name);
    }

    private static Set<String> propertyNames(JsonNode objectSchema) {
        Set<String> names = new HashSet<>();
        objectSchema.path("properties").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> words(JsonNode enumNode) {
        List<String> words = new ArrayList<>();
        enumNode.forEach(n -> words.add(n.isNull() ? null : n.asText()));
        return words;
    }

    @Test
    void schemaIsAsciiSoItsTextAndItsBytesAreTheSame() {
        byte[] bytes = MapSchema.bytes();
        for (int i = 0; i < bytes.length; i++) {
            assertTrue(bytes[i] >= 0, "byte " + i + " is not ASCII");
        }
        assertEquals(new String(bytes, StandardCharsets.US_ASCII), MapSchema.text());
        assertTrue(MapSchema.text().endsWith("}\n"), "ends with one newline");
        assertTrue(MapSchema.RESOURCE.endsWith("/" + MapSchema.FILE_NAME));
    }

    @Test
    void schemaDeclaresDraft07AndItsId() throws IOException {
        assertEquals(DRAFT_07, schema().path("$schema").asText());
        assertEquals(MapSchema.ID, schema().path("$id").asText());
        assertFalse(schema().path("title").asText().isBlank());
    }

    @Test
    void schemaIsValidAgainstTheDraft07Metaschema() throws IOException {
        assertEquals(List.of(), metaschema().validate(schema()));
    }

    @Test
    void metaschemaCheckRejectsABrokenSchema() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("{\"type\": \"text\", \"required\": \"text\"}");
        assertFalse(metaschema().validate(broken).isEmpty(), "the check above can fail");
    }

    @Test
    void everyFieldTheLoaderReadsIsInTheSchemaAndNoOther() throws IOException {
        JsonNode top = schema();
        assertEquals(MapReader.TOP_FIELDS, propertyNames(top));
        assertEquals(MapReader.SOURCE_FIELDS, propertyNames(top.path("properties").path("source")));
        assertEquals(MapReader.EXPECT_FIELDS, propertyNames(top.path("properties").path("expect")));
        assertEquals(MapReader.RENDER_FIELDS, propertyNames(top.path("properties").path("render")));
        assertEquals(MapReader.PERSPECTIVE_FIELDS, propertyNames(definition("perspective")));
        assertEquals(MapReader.STATEMENT_FIELDS, propertyNames(definition("statement")));
        assertEquals(MapReader.ARGUMENT_FIELDS, propertyNames(definition("argument")));
    }

    @Test
    void everyMappingWithFixedFieldsRejectsUnknownOnes() throws IOException {
        JsonNode top = schema();
        for (JsonNode mapping : List.of(top, top.path("properties").path("source"), top.path("properties").path("expect"),
                top.path("properties").path("render"), definition("perspective"), definition("statement"), definition("argument"))) {
            assertTrue(mapping.path("additionalProperties").isBoolean() && !mapping.path("additionalProperties").asBoolean(),
                    () -> "additionalProperties: false in " + mapping);
        }
    }

    @Test
    void idsFollowTheLoadersRule() throws IOException {
        JsonNode id = definition("id");
        assertEquals("^" + MapReader.ID.pattern() + "$", id.path("pattern").asText());
        assertEquals(MapReader.MAX_ID_LENGTH, id.path("maxLength").asInt());
        JsonNode top = schema().path("properties");
        for (String keyed : List.of("perspectives", "statements", "arguments")) {
            assertEquals("#/definitions/id", top.path(keyed).path("propertyNames").path("$ref").asText(), keyed);
        }
    }

    @Test
    void kindsAreTheModelsKinds() throws IOException {
        List<String> statementKinds = new ArrayList<>(Arrays.stream(Kind.values()).map(Kind::word).toList());
        statementKinds.add(null); // an empty 'kind:' counts as not written
        assertEquals(statementKinds, words(definition("statement").path("properties").path("kind").path("enum")));
        assertEquals(Arrays.stream(ArgumentKind.values()).map(ArgumentKind::word).toList(),
                words(definition("argument").path("properties").path("kind").path("enum")));
    }

    @Test
    void renderWordsAndWrapRangeAreTheModelsOnes() throws IOException {
        JsonNode render = schema().path("properties").path("render").path("properties");
        Map<String, List<String>> allowed = Map.of("direction", RenderSettings.DIRECTIONS,
                "labels", RenderSettings.LABELS, "theme", RenderSettings.THEMES);
        allowed.forEach((field, modelWords) -> {
            List<String> expected = new ArrayList<>(modelWords);
            expected.add(null); // an empty value counts as not written
            assertEquals(expected, words(render.path(field).path("enum")), field);
        });
        assertEquals(List.of("integer", "null"), words(render.path("wrap").path("type"))); // empty: not written
        assertEquals(RenderSettings.MIN_WRAP, render.path("wrap").path("minimum").asInt());
        assertEquals(RenderSettings.MAX_WRAP, render.path("wrap").path("maximum").asInt());
    }

    @Test
    void versionIsTheLoadersFormatVersion() throws IOException {
        assertEquals(MapReader.FORMAT_VERSION, schema().path("properties").path("argmap").path("const").asInt());
    }

    /**
     * The loader calls a text blank by {@link String#isBlank()}. {@code \S} would not do: Java's
     * leaves out the em space and its kin, JavaScript's (the editors') also counts the no-break
     * space. So the schema spells out the characters, which both read the same way.
     */
    @Test
    void nonBlankTextPatternAgreesWithStringIsBlankOnEveryCharacter() throws IOException {
        Pattern nonBlank = Pattern.compile(definition("statement").path("properties").path("text").path("pattern").asText());
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            String s = String.valueOf((char) c);
            assertEquals(!s.isBlank(), nonBlank.matcher(s).find(), () -> String.format("U+%04X", (int) s.charAt(0)));
        }
        assertFalse(nonBlank.matcher("").find());
        assertTrue(nonBlank.matcher(" \t x ").find());
        assertTrue(nonBlank.matcher(new String(Character.toChars(0x1F600))).find(), "a character beyond U+FFFF");
    }

    @Test
    void committedCopyInDocsIsTheShippedSchema() throws IOException {
        assertArrayEquals(MapSchema.bytes(), Files.readAllBytes(COMMITTED_COPY),
                "refresh it with: argmap schema -o " + COMMITTED_COPY);
    }

    @Test
    void essayMapPointsEditorsAtTheCommittedCopy() throws IOException {
        String first = Files.readAllLines(ESSAY_MAP).get(0);
        String prefix = "# yaml-language-server: $schema=";
        assertTrue(first.startsWith(prefix), first);
        Path target = ESSAY_MAP.getParent().resolve(first.substring(prefix.length())).normalize();
        assertEquals(COMMITTED_COPY, target);
    }
}
