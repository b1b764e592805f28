package org.argmap.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.argmap.model.Scheme;
import org.argmap.model.Scheme.CriticalQuestion;
import org.argmap.model.Scheme.PremiseRole;
import org.argmap.model.SchemeCatalogue;

/**
 * The catalogue of argumentation schemes that ships with argmap, read once from
 * {@value #RESOURCE}. The file is argmap's own data, not user input, so a malformed entry is a
 * bug in the build and fails loudly (BuiltInSchemesTest reads it on every build); the same file
 * generates docs/schemes.md.
 */
public final class BuiltInSchemes {

    /** Where the catalogue lies on the class path. */
    public static final String RESOURCE = "/org/argmap/schemes/catalogue.yaml";

    private static final SchemeCatalogue CATALOGUE = read();

    private BuiltInSchemes() {
    }

    /** The built-in catalogue. */
    public static SchemeCatalogue catalogue() {
        return CATALOGUE;
    }

    private static SchemeCatalogue read() {
        try (InputStream in = BuiltInSchemes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the scheme catalogue " + RESOURCE + " is missing from the class path");
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            fields(root, "catalogue", Set.of("schemes"));
            return new SchemeCatalogue(list(root, "schemes", "catalogue", BuiltInSchemes::scheme));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the scheme catalogue " + RESOURCE, e);
        }
    }

    private static Scheme scheme(JsonNode node) {
        fields(node, "a scheme", Set.of("id", "name", "premises", "conclusion", "questions"));
        String id = string(node, "id", "a scheme");
        String where = "scheme '" + id + "'";
        return new Scheme(id, string(node, "name", where),
                list(node, "premises", where, role -> {
                    fields(role, "a premise of " + where, Set.of("role", "says"));
                    return new PremiseRole(string(role, "role", where), string(role, "says", where));
                }),
                string(node, "conclusion", where),
                list(node, "questions", where, question -> {
                    fields(question, "a question of " + where, Set.of("id", "asks"));
                    return new CriticalQuestion(string(question, "id", where), string(question, "asks", where));
                }));
    }

    private static void fields(JsonNode node, String where, Set<String> allowed) {
        if (!node.isObject()) {
            throw malformed(where + " is not a mapping");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw malformed(where + " has an unknown field '" + name + "'");
            }
        }
    }

    private static String string(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw malformed(where + " needs a text '" + field + "'");
        }
        return value.asText().strip();
    }

    private static <T> List<T> list(JsonNode node, String field, String where, Function<JsonNode, T> read) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw malformed(where + " needs a list '" + field + "'");
        }
        List<T> items = new ArrayList<>();
        value.forEach(item -> items.add(read.apply(item)));
        return items;
    }

    private static IllegalStateException malformed(String problem) {
        return new IllegalStateException("the scheme catalogue " + RESOURCE + " is malformed: " + problem);
    }
}
