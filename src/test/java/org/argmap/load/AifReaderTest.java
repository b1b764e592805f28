package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.junit.jupiter.api.Test;

class AifReaderTest {

    private final AifReader reader = new AifReader();

    /** Nodes as {@code id:type:text}, edges as {@code from>to}; ids in quotes. */
    private static String aif(List<String> nodes, List<String> edges) {
        StringBuilder out = new StringBuilder("{\"nodes\": [");
        for (int i = 0; i < nodes.size(); i++) {
            String[] parts = nodes.get(i).split(":", 3);
            out.append(i == 0 ? "" : ",").append("{\"nodeID\": \"").append(parts[0]).append("\", \"type\": \"")
                    .append(parts[1]).append("\", \"text\": \"").append(parts.length > 2 ? parts[2] : "").append("\"}");
        }
        out.append("], \"edges\": [");
        for (int i = 0; i < edges.size(); i++) {
            String[] parts = edges.get(i).split(">");
            out.append(i == 0 ? "" : ",").append("{\"edgeID\": \"e").append(i).append("\", \"fromID\": \"").append(parts[0])
                    .append("\", \"toID\": \"").append(parts[1]).append("\"}");
        }
        return out.append("]}").toString();
    }

    private AifImport read(String text) throws AifException {
        return reader.read("in.json", text, Optional.empty());
    }

    private static void assertPassesCheck(ArgumentMap map) {
        List<Diagnostic> errors = Checker.withDefaults().check(CheckContext.of(map).withSchemes(BuiltInSchemes.catalogue()))
                .stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors);
    }

    private static List<String> ids(List<Ref> refs) {
        return refs.stream().map(Ref::id).toList();
    }

    @Test
    void onePremiseInferencesAreRelationsAndLinkedOnesArguments() throws Exception {
        AifImport imported = read(aif(
                List.of("1:I:Thesis.", "2:I:Reason.", "3:I:Objection.", "4:I:Part one.", "5:I:Part two.",
                        "10:RA:RA", "11:CA:CA", "12:RA:RA"),
                List.of("2>10", "10>1", "3>11", "11>1", "4>12", "5>12", "12>3")));
        ArgumentMap map = imported.map();
        assertEquals("1", imported.thesis());
        assertEquals(Kind.THESIS, map.statements().get("1").kind());
        assertEquals(List.of("1"), ids(map.statements().get("2").supports()));
        assertEquals(List.of("1"), ids(map.statements().get("3").attacks()));
        Argument linked = map.arguments().get("12");
        assertEquals(ArgumentKind.SUPPORT, linked.kind());
        assertEquals(List.of("4", "5"), ids(linked.premises()));
        assertEquals("3", linked.conclusion().id());
        assertEquals(List.of(), imported.report());
        assertPassesCheck(map);
    }

    @Test
    void aConflictAimedAtAnInferenceUndercutsItAndMakesItAnArgument() throws Exception {
        ArgumentMap map = read(aif(List.of("1:I:Thesis.", "2:I:Reason.", "3:I:The reason does not bear on it.", "10:RA:RA", "11:CA:CA"),
                List.of("2>10", "10>1", "3>11", "11>10"))).map();
        assertEquals(List.of("2"), ids(map.arguments().get("10").premises()));
        assertEquals(List.of("10"), ids(map.statements().get("3").attacks()));
        assertEquals(Kind.COUNTERPOINT, map.statements().get("3").kind(), "undercutting a reason for the thesis argues against it");
        assertPassesCheck(map);
    }

    @Test
    void readsOvasWrapperWithIntegerIdsSchemesInTheTextAndSpeakersAsPerspectives() throws Exception {
        String ova = """
                {"AIF": {
                  "nodes": [
                    {"nodeID": 1, "text": "Smoking causes cancer.", "type": "I"},
                    {"nodeID": 2, "text": "Doctors say so.", "type": "I"},
                    {"nodeID": 3, "text": "Argument From Expert Opinion", "type": "RA"},
                    {"nodeID": 4, "text": "Default Inference", "type": "RA"},
                    {"nodeID": 5, "text": "Studies agree.", "type": "I"},
                    {"nodeID": 6, "text": "Ann : smoking causes cancer", "type": "L"},
                    {"nodeID": 7, "text": "Asserting", "type": "YA"},
                    {"nodeID": 8, "text": "Ann : then Bob", "type": "TA"}
                  ],
                  "edges": [
                    {"edgeID": 1, "fromID": 2, "toID": 3}, {"edgeID": 2, "fromID": 3, "toID": 1},
                    {"edgeID": 3, "fromID": 5, "toID": 4}, {"edgeID": 4, "fromID": 4, "toID": 1},
                    {"edgeID": 5, "fromID": 6, "toID": 7}, {"edgeID": 6, "fromID": 7, "toID": 1}
                  ],
                  "locutions": [{"nodeID": 6, "personID": 9}],
                  "participants": [{"participantID": 9, "firstname": "Ann", "surname": "Lee"}],
                  "schemefulfillments": null
                }, "text": "<p>...</p>", "OVA": {}}
                """;
        AifImport imported = read(ova);
        ArgumentMap map = imported.map();
        assertEquals(Optional.of("expert-opinion"), map.arguments().get("3").scheme().map(Text::value));
        assertEquals(List.of("1"), ids(map.statements().get("5").supports()), "a default inference is no scheme");
        assertEquals(Optional.of("ann-lee"), map.statements().get("1").perspective().map(Ref::id));
        assertEquals("Ann Lee", map.perspectives().get("ann-lee").displayName());
        assertEquals(List.of("dropped 1 TA-node: argmap has nothing for dialogue transitions"), imported.report());
        assertPassesCheck(map);
    }

    @Test
    void mergesRephrasesAndDropsPreferences() throws Exception {
        AifImport imported = read(aif(
                List.of("1:I:Thesis.", "2:I:Reason.", "3:I:Reason, said again.", "4:I:Other reason.",
                        "10:RA:RA", "11:RA:RA", "12:MA:Default Rephrase", "13:PA:Default Preference"),
                List.of("2>10", "10>1", "3>11", "11>1", "2>12", "12>3", "4>13", "13>2")));
        ArgumentMap map = imported.map();
        assertEquals(List.of("1", "2"), List.copyOf(map.statements().keySet()));
        assertEquals(List.of("1"), ids(map.statements().get("2").supports()));
        assertEquals(List.of(
                "dropped 1 PA-node: argmap has nothing for preferences",
                "merged statement 3 into 2 (MA node 12 says one rephrases the other); the text of 2 is kept",
                "left out 1 statement that does not reach the thesis: 4",
                "dropped RA-node 11: 2 already supports 1 (a parallel duplicate)"), imported.report());
        assertPassesCheck(map);
    }

    @Test
    void ofSeveralRootsTheOneMostNodesReachIsTheThesisAndTheRestIsReported() throws Exception {
        String twoRoots = aif(List.of("1:I:Small root.", "2:I:Its reason.", "3:I:Big root.", "4:I:Reason a.", "5:I:Reason b.",
                        "10:RA:RA", "11:RA:RA", "12:RA:RA"),
                List.of("2>10", "10>1", "4>11", "11>3", "5>12", "12>3"));
        AifImport chosen = read(twoRoots);
        assertEquals("3", chosen.thesis());
        assertEquals(List.of("1"), chosen.otherRoots());
        assertEquals(List.of("3", "4", "5"), List.copyOf(chosen.map().statements().keySet()));
        assertTrue(chosen.report().get(0).startsWith("chose 3 as the thesis"), chosen.report().toString());
        assertPassesCheck(chosen.map());

        AifImport named = reader.read("in.json", twoRoots, Optional.of("1"));
        assertEquals("1", named.thesis());
        assertEquals(List.of("1", "2"), List.copyOf(named.map().statements().keySet()));
        assertPassesCheck(named.map());

        AifException notARoot = assertThrows(AifException.class, () -> reader.read("in.json", twoRoots, Optional.of("4")));
        assertEquals("in.json: --thesis 4 cannot be the thesis: it supports or attacks something", notARoot.getMessage());
        assertEquals("statements that could be the thesis: 1, 3", notARoot.hint());
    }

    @Test
    void breaksASupportCycleAtTheInferenceWrittenLast() throws Exception {
        AifImport imported = read(aif(List.of("1:I:Thesis.", "2:I:A.", "3:I:B.", "10:RA:RA", "11:RA:RA", "12:RA:RA"),
                List.of("2>10", "10>1", "3>11", "11>2", "2>12", "12>3")));
        assertEquals(List.of("dropped RA-node 12 (2 -> 3): it would close a cycle of supports, which argmap refuses (circular reasoning)"),
                imported.report());
        assertPassesCheck(imported.map());
    }

    @Test
    void makesIdsValidAndUnique() throws Exception {
        AifImport imported = read(aif(List.of("Node 1:I:Thesis.", "node-1:I:Reason.", "_x_:RA:RA"), List.of("node-1>_x_", "_x_>Node 1")));
        assertEquals(List.of("node-1-2", "node-1"), List.copyOf(imported.map().statements().keySet()));
        assertEquals("node-1-2", imported.thesis());
        assertTrue(imported.report().contains("AIF node Node 1 is node-1-2 in the map (map ids are lower-case letters, digits and '-', unique)"),
                imported.report().toString());
        assertPassesCheck(imported.map());
    }

    @Test
    void badInputStopsWithAMessageAndAHint() {
        AifException notJson = assertThrows(AifException.class, () -> read("{\"nodes\": [}"));
        assertTrue(notJson.getMessage().startsWith("in.json:1:"), notJson.getMessage());
        assertTrue(notJson.getMessage().contains("not JSON argmap can read"), notJson.getMessage());
        assertEquals("in.json: no \"nodes\" list: this is not an AIF graph",
                assertThrows(AifException.class, () -> read("[1, 2]")).getMessage());
        assertEquals("in.json: the graph has no I-node, so there is no claim to make a statement of",
                assertThrows(AifException.class, () -> read(aif(List.of("1:RA:RA"), List.of()))).getMessage());
        AifException deep = assertThrows(AifException.class, () -> read("{\"nodes\": " + "[".repeat(100) + "]".repeat(100) + "}"));
        assertTrue(deep.getMessage().contains("nesting depth"), deep.getMessage());
        AifReader small = new AifReader(new LoadLimits(100, 64, 1000), BuiltInSchemes.catalogue());
        AifException large = assertThrows(AifException.class,
                () -> small.read("in.json", aif(List.of("1:I:" + "x".repeat(200)), List.of()), Optional.empty()));
        assertEquals("in.json: the file has 266 bytes, more than the 100 argmap reads", large.getMessage());
        assertThrows(AifException.class, () -> read(aif(List.of("1:I:A.", "2:I:B.", "10:CA:CA", "11:CA:CA"),
                List.of("1>10", "10>2", "2>11", "11>1"))), "mutual attacks leave no thesis");
        assertThrows(AifException.class, () -> read("{\"nodes\": [1, null, \"x\", {\"nodeID\": {}, \"type\": []}], \"edges\": {\"a\": 1}}"),
                "nodes of the wrong shape are dropped, and then there is no claim");
        assertThrows(AifException.class, () -> read(""), "an empty file");
    }

    @Test
    void dropsEdgesThatJoinANodeToItself() throws Exception {
        AifImport imported = read(aif(List.of("1:I:Thesis.", "2:I:Reason.", "10:RA:RA"), List.of("2>10", "10>10", "10>1")));
        assertEquals(List.of("1"), ids(imported.map().statements().get("2").supports()));
        assertEquals(List.of("dropped edge e1: it joins node 10 to itself"), imported.report());
        assertPassesCheck(imported.map());
    }

    @Test
    void aSingleClaimIsTheThesis() throws Exception {
        AifImport imported = read(aif(List.of("1:I:Alone."), List.of()));
        assertEquals("1", imported.thesis());
        Statement only = imported.map().statements().get("1");
        assertEquals(Kind.THESIS, only.kind());
        assertPassesCheck(imported.map());
    }
}
