package org.argmap.load.interchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code import --from argdown} without the CLI: how it is told from other JSON, and what it hands on. */
class ArgdownJsonImporterTest {

    static final String ARGDOWN_JSON = """
            {
              "arguments": {},
              "statements": {
                "nodes": {"title": "nodes", "members": [{"text": "A statement titled nodes."}]},
                "t": {"title": "t", "members": [{"text": "The thesis."}]}
              },
              "relations": [{"relationType": "support", "from": "nodes", "fromType": "equivalence-class",
                             "to": "t", "toType": "equivalence-class"}]
            }
            """;
    static final String AIF_JSON = """
            {"nodes": [{"nodeID": "1", "text": "T.", "type": "I"}], "edges": []}
            """;
    static final String ARGMAP_JSON = """
            {
              "argmapJson": 1,
              "statements": [{"id": "t", "text": "T.", "kind": "thesis"}]
            }
            """;

    private static String guess(String name, String content) {
        return Importers.guess(name, content).map(Importer::name).orElse("none");
    }

    @Test
    void eachKindOfJsonIsGuessedRightFromItsStart() {
        assertEquals("argdown", guess("debate.json", ARGDOWN_JSON), "even with a statement titled \"nodes\"");
        assertEquals("aif", guess("nodeset1.json", AIF_JSON));
        assertEquals("json", guess("map.json", ARGMAP_JSON));
        assertEquals("argdown", guess("debate.argdown", "[t]: The thesis.\n"));
        assertEquals("argdown", guess("no-ending", "{\"statements\": {}, \"relations\": []}"));
        assertEquals("none", guess("notes.txt", "[t]: The thesis.\n"));
    }

    @Test
    void onlyADocumentNeedsArgdownsCli() {
        ImportTool cli = (name, content) -> ARGDOWN_JSON;
        ArgdownJsonImporter importer = new ArgdownJsonImporter(cli);
        assertEquals(Optional.empty(), importer.tool("debate.json", ARGDOWN_JSON));
        assertEquals(Optional.of(cli), importer.tool("debate.argdown", "===\ntitle: T\n===\n[t]: The thesis."));
    }

    @Test
    void aTranslatedDocumentKeepsItsFrontMatterAndReportsTheThesis() {
        Imported imported = new ArgdownJsonImporter((name, content) -> ARGDOWN_JSON).read("debate.argdown",
                "===\ntitle: From the front matter\n===\n[t]: ...", ARGDOWN_JSON, ImportOptions.DEFAULTS);
        assertEquals("From the front matter", imported.map().title().orElseThrow().value());
        assertEquals(Optional.of("t"), imported.report().thesis());
        assertTrue(imported.report().notes().get(0).startsWith("'t' is the thesis"), imported.report().lines()::toString);
    }

    @Test
    void theHintWithoutTheCliNamesTheJsonArgdownWillWrite() {
        assertEquals("install it with `npm install -g @argdown/cli@1.7.5` (or set ARGMAP_ARGDOWN to the argdown program), "
                + "or make the JSON where Argdown is: `argdown json maps/a.b.argdown DIR`, then `argmap import DIR/a.b.json`",
                ArgdownJsonImporter.withoutArgdown("maps/a.b.argdown"));
        assertEquals(List.of("argdown", "json"), new ArgdownJsonImporter().extensions());
    }
}
