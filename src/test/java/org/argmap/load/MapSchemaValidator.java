package org.argmap.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;

/**
 * Validates YAML text against the shipped map schema the way an editor does: the YAML is turned
 * into plain JSON data first (Jackson's YAML reader stands in for the editor's), then checked
 * against {@link MapSchema} with a draft-07 validator. Also loads the same text with the real
 * loader, so a test can compare the two verdicts.
 */
final class MapSchemaValidator {

    /** The loader's rules that a JSON Schema cannot see: they are about the YAML text, not the data. */
    static final List<String> TEXT_RULES = List.of(RuleIds.YAML_SYNTAX, RuleIds.DUPLICATE_ID);

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(SchemaLocation.of(MapSchema.ID), MapSchema.text(), InputFormat.JSON);

    private MapSchemaValidator() {
    }

    /**
     * The schema's complaints about the YAML, or empty when the text cannot be turned into JSON
     * data at all (then there is nothing for a schema to judge).
     */
    static Optional<List<String>> schemaErrors(String yaml) {
        JsonNode data;
        try {
            data = YAML.readTree(yaml);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (data == null || data.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.of(SCHEMA.validate(data).stream().map(e -> e.toString()).toList());
    }

    /** Both verdicts on one text. */
    record Verdicts(LoadResult load, Optional<List<String>> schemaErrors) {

        boolean loaderReportsText() {
            return load.diagnostics().stream().anyMatch(d -> TEXT_RULES.contains(d.rule()));
        }

        boolean loaderReportsSchema() {
            return load.diagnostics().stream().anyMatch(d -> d.rule().equals(RuleIds.SCHEMA));
        }

        boolean schemaRejects() {
            return schemaErrors.map(errors -> !errors.isEmpty()).orElse(false);
        }

        String describe() {
            return "loader: " + load.diagnostics().stream().map(Diagnostic::toString).toList()
                    + "\nschema: " + schemaErrors.map(Object::toString).orElse("(not JSON data)");
        }
    }

    static Verdicts judge(String name, String yaml) {
        return new Verdicts(new MapLoader().load(name, yaml), schemaErrors(yaml));
    }
}
