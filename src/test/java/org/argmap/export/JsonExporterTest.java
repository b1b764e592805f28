package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    static final Path ESSAY = Path.of("maps/st-petersburg-bombing.yaml");

    private final JsonExporter exporter = new JsonExporter();

    static ArgumentMap essay() throws IOException {
        return new MapLoader().load(ESSAY).map().orElseThrow();
    }

    static String export(Exporter exporter, ArgumentMap map) {
        ExportInput input = new ExportInput(map, "", () -> {
            throw new AssertionError(exporter.name() + " asked for a drawing");
        }, List.of(), Optional.empty(), 1);
        return new String(exporter.export(input).bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void smallMapMatchesItsGoldenFile() {
        assertMatchesGolden("export/small-map.json", export(exporter, ExporterGolden.map()));
    }

    @Test
    void essayMapMatchesItsGoldenFile() throws IOException {
        assertMatchesGolden("export/st-petersburg-bombing.json", export(exporter, essay()));
    }

    @Test
    void essayExportValidatesAgainstTheDocumentedSchema() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(
                SchemaLocation.of("https://github.com/argmap/argmap/blob/main/docs/argmap-json.schema.json"),
                Files.readString(Path.of("docs/argmap-json.schema.json")), InputFormat.JSON);
        for (ArgumentMap map : List.of(essay(), ExporterGolden.map())) {
            JsonNode data = new JsonMapper().readTree(export(exporter, map));
            assertEquals(List.of(), schema.validate(data).stream().map(Object::toString).toList(), map.file());
        }
        // and the schema is not vacuous: a statement without text is refused
        JsonNode broken = new JsonMapper().readTree(export(exporter, essay()).replace("\"text\": \"The bombing", "\"txt\": \"x"));
        assertTrue(!schema.validate(broken).isEmpty());
    }

    @Test
    void keepsEveryFieldTheEssayUses() throws IOException {
        JsonNode data = new JsonMapper().readTree(export(exporter, essay()));
        assertEquals(1, data.get("argmapJson").intValue());
        JsonNode thesis = data.get("statements").get(0);
        assertEquals("separate-fights", thesis.get("id").textValue());
        assertEquals("for now", thesis.get("qualifier").get("text").textValue());
        assertTrue(thesis.get("qualifier").get("quoted").booleanValue());
        assertEquals(4, thesis.get("quotes").size());
        assertTrue(export(exporter, essay()).contains("\"implicit\": true"));
        assertTrue(export(exporter, essay()).contains("\"questions\": [\n        \"feasible"));
    }

    @Test
    void sameBytesEveryTime() throws IOException {
        assertEquals(export(exporter, essay()), export(exporter, essay()));
        assertTrue(!export(exporter, essay()).contains("\r"));
    }
}
