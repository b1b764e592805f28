package org.argmap.load.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MapYamlWriterTest {

    private static final Location AT = Location.at("m", 1, 1);

    private static Text text(String value) {
        return new Text(value, AT);
    }

    private static ArgumentMap mapWith(String value, String id) {
        Statement thesis = new Statement("thesis", AT, text(value), Optional.of(text("thesis")), Kind.THESIS, List.of(),
                List.of(), Optional.of(new Ref(id, AT)), List.of(), Optional.of(text(value)), List.of(text(value)), 0.5,
                Optional.empty(), Optional.of(text(value)), Optional.empty(), Optional.empty(), List.of());
        Statement other = new Statement(id, AT, text(value), Optional.empty(), Kind.PREMISE, List.of(new Ref("thesis", AT)),
                List.of(), Optional.empty(), List.of(text(value)), Optional.empty(), List.of(), 0.25, Optional.of(AT),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of());
        Source source = new Source(Optional.of(text(value)), Optional.of(text(value)), Optional.empty(),
                Optional.of(text(value)), Optional.empty(), Optional.empty());
        return new ArgumentMap("m", 1, Optional.of(text(value)), source,
                Map.of(id, new Perspective(id, AT, Optional.of(text(value)), Optional.empty())),
                ordered(thesis, other), Map.of(), new Expectations(List.of(new Ref(id, AT)), List.of(), List.of()));
    }

    private static Map<String, Statement> ordered(Statement... statements) {
        Map<String, Statement> map = new LinkedHashMap<>();
        for (Statement statement : statements) {
            map.put(statement.id(), statement);
        }
        return map;
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "no", "on", "off", "null", "~", "true", "2017-04-04", "1.0", "0x1f", "1e3", "#x",
            "a: b", "- item", "[a]", "{b}", "'single'", "\"double\"", "back\\slash", "line\nbreak", "tab\there",
            "&anchor", "*alias", "!tag", "%directive", "@at", "`tick", "| bar", "> fold", "  spaced  ", "é 中 \uD83D\uDE00",
            "bell\u0007", "ls\u2028ps\u2029", "\uFEFFbom"})
    void everyTextReadsBackUnchanged(String value) {
        for (String id : List.of("no", "yes", "null", "2017-04-04", "1", "a-b")) {
            String yaml = MapYamlWriter.write(mapWith(value, id));
            LoadResult load = new MapLoader().load("m.yaml", yaml);
            assertEquals(List.of(), load.diagnostics(), yaml);
            ArgumentMap read = load.map().orElseThrow();
            assertEquals(value, read.title().orElseThrow().value());
            assertEquals(value, read.source().date().orElseThrow().value());
            Statement thesis = read.statements().get("thesis");
            assertEquals(value, thesis.text().value());
            assertEquals(value, thesis.title().orElseThrow().value());
            assertEquals(value, thesis.note().orElseThrow().value());
            assertEquals(List.of(value), thesis.tags().stream().map(Text::value).toList());
            assertEquals(id, thesis.perspective().orElseThrow().id());
            assertEquals(List.of("thesis", id), List.copyOf(read.statements().keySet()));
            assertEquals(0.25, read.statements().get(id).weight());
            assertEquals(id, read.expect().accepted().get(0).id());
        }
    }

    @Test
    void neverWritesABareValueAYamlReaderCouldRetype() {
        String yaml = MapYamlWriter.write(mapWith("2017-04-04", "no"));
        assertTrue(yaml.contains("  date: \"2017-04-04\"\n"), yaml);
        assertTrue(yaml.contains("  \"no\":\n"), yaml);
        assertTrue(yaml.contains("supports: [thesis]"), yaml);
        assertFalse(yaml.contains(": no\n") || yaml.contains(": 2017"), yaml);
    }

    @Test
    void essayMapWrittenAndReadBackIsTheSameMap() throws IOException {
        ArgumentMap essay = new MapLoader().load(Path.of("maps/st-petersburg-bombing.yaml")).map().orElseThrow();
        String yaml = MapYamlWriter.write(essay);
        ArgumentMap read = new MapLoader().load("again.yaml", yaml).map().orElseThrow();
        assertEquals(MapYamlWriter.write(read), yaml);
        assertEquals(essay.statements().keySet(), read.statements().keySet());
        assertEquals(essay.arguments().keySet(), read.arguments().keySet());
    }
}
