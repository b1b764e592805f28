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
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;

/** The Argdown importer on JSON written by hand in the shape {@code argdown json} writes; no CLI needed. */
class ArgdownImporterTest {

    private static String ec(String title, String text) {
        return "\"" + title + "\": {\"title\": \"" + title + "\", \"members\": [{\"text\": \"" + text + "\"}]}";
    }

    private static String relation(String type, String from, String fromType, String to, String toType) {
        return "{\"relationType\": \"" + type + "\", \"from\": \"" + from + "\", \"fromType\": \"" + fromType
                + "\", \"to\": \"" + to + "\", \"toType\": \"" + toType + "\"}";
    }

    /** Two sinks: "Big" is reached by two statements, "Small" by one. */
    private static final String TWO_SINKS = "{\"statements\": {"
            + String.join(", ", ec("Big", "The big claim."), ec("Small", "The small claim."),
                    ec("Untitled 1", "Cats purr when content."), ec("r2", "Second reason."), ec("r3", "Third reason."))
            + "}, \"arguments\": {}, \"relations\": ["
            + String.join(", ", relation("support", "Untitled 1", "equivalence-class", "Big", "equivalence-class"),
                    relation("support", "r2", "equivalence-class", "Untitled 1", "equivalence-class"),
                    relation("attack", "r3", "equivalence-class", "Small", "equivalence-class"))
            + "]}";

    @Test
    void theThesisIsTheSinkMostNodesReachAndTheRestIsReported() throws Exception {
        ArgdownImporter.Imported imported = ArgdownImporter.fromJson("two.json", TWO_SINKS, Optional.empty(),
                Optional.empty());
        ArgumentMap map = imported.map();
        assertEquals(List.of("big", "cats-purr-when-content", "r2"), List.copyOf(map.statements().keySet()));
        assertEquals("thesis", map.statements().get("big").declaredKind().orElseThrow().value());
        assertEquals("Big", map.statements().get("big").title().orElseThrow().value());
        assertEquals("big", imported.thesis());
        assertEquals(List.of("small (1 reaches it)"), imported.otherTheses());
        String notes = String.join("\n", imported.notes());
        assertTrue(notes.contains("'big' is the thesis: 2 statements and arguments reach it (choose another with --thesis)"),
                notes);
        assertTrue(notes.contains("do not reach the thesis and are left out: small, r3"), notes);
        assertEquals(List.of(), errors(map));
    }

    @Test
    void anUntitledStatementsIdComesFromItsTextNeverFromItsPosition() throws Exception {
        ArgumentMap map = ArgdownImporter.fromJson("two.json", TWO_SINKS, Optional.empty(), Optional.empty()).map();
        Statement untitled = map.statements().get("cats-purr-when-content");
        assertEquals("Cats purr when content.", untitled.text().value());
        assertTrue(untitled.title().isEmpty(), "a positional title is no title");
        assertTrue(map.statements().keySet().stream().noneMatch(id -> id.contains("untitled")), map.statements().keySet()::toString);
    }

    @Test
    void aMadeIdLeavesATitleThatIsAnIdToItsOwnStatement() throws Exception {
        // "A b" comes first and would be a-b, but another statement is titled a-b
        String json = "{\"statements\": {" + String.join(", ", ec("A b", "First."), ec("a-b", "Second."))
                + "}, \"arguments\": {}, \"relations\": [" + relation("support", "A b", "equivalence-class", "a-b",
                "equivalence-class") + "]}";
        ArgumentMap map = ArgdownImporter.fromJson("ab.json", json, Optional.empty(), Optional.empty()).map();
        assertEquals(List.of("a-b-2", "a-b"), List.copyOf(map.statements().keySet()));
        assertEquals("A b", map.statements().get("a-b-2").title().orElseThrow().value());
    }

    @Test
    void dashDashThesisChoosesAnotherSink() throws Exception {
        ArgdownImporter.Imported imported = ArgdownImporter.fromJson("two.json", TWO_SINKS, Optional.empty(),
                Optional.of("small"));
        assertEquals(List.of("small", "r3"), List.copyOf(imported.map().statements().keySet()));
        assertEquals("small", imported.thesis());
        assertEquals(List.of(), imported.otherTheses());
        assertEquals(List.of(), errors(imported.map()));
    }

    @Test
    void aThesisThatNamesNothingIsRefusedWithTheIdsThatExist() {
        ArgdownImportException e = assertThrows(ArgdownImportException.class,
                () -> ArgdownImporter.fromJson("two.json", TWO_SINKS, Optional.empty(), Optional.of("nope")));
        assertEquals("two.json: --thesis nope names no imported statement", e.getMessage());
        assertTrue(e.hint().contains("big"), e.hint());
    }

    @Test
    void contraryIsAMutualAttackAndAnUndercutAttacksTheArgumentsStep() throws Exception {
        String json = "{\"statements\": {" + String.join(", ", ec("t", "T."), ec("p", "P."), ec("q", "Q."),
                ec("c", "C."), ec("u", "U.")) + "}, \"arguments\": {\"A\": {\"title\": \"A\", \"pcs\": ["
                + "{\"title\": \"p\", \"role\": \"premise\"}, {\"title\": \"q\", \"role\": \"premise\"},"
                + "{\"title\": \"t\", \"role\": \"main-conclusion\", \"inference\": {\"conclusionIndex\": 2, "
                + "\"inferenceRules\": [\"Modus ponens\"]}}]}}, \"relations\": ["
                + String.join(", ", relation("contrary", "c", "equivalence-class", "p", "equivalence-class"),
                        "{\"relationType\": \"undercut\", \"from\": \"u\", \"fromType\": \"equivalence-class\", "
                                + "\"to\": \"A\", \"toType\": \"inference\", \"conclusionIndex\": 2}")
                + "]}";
        ArgumentMap map = ArgdownImporter.fromJson("a.json", json, Optional.empty(), Optional.empty()).map();
        Statement contrary = map.statements().get("c");
        assertEquals(List.of("p"), contrary.attacks().stream().map(Ref::id).toList());
        assertEquals(List.of("c"), map.statements().get("p").attacks().stream().map(Ref::id).toList());
        assertEquals(List.of("a"), map.statements().get("u").attacks().stream().map(Ref::id).toList());
        assertEquals(ArgumentKind.SUPPORT, map.arguments().get("a").kind());
        assertEquals(List.of("p", "q"), map.arguments().get("a").premises().stream().map(Ref::id).toList());
        assertEquals("Modus ponens", map.arguments().get("a").scheme().orElseThrow().value());
    }

    @Test
    void brokenOrForeignJsonIsRefusedWithAMessage() {
        ArgdownImportException broken = assertThrows(ArgdownImportException.class,
                () -> ArgdownImporter.fromJson("b.json", "{\"statements\": {", Optional.empty(), Optional.empty()));
        assertTrue(broken.getMessage().startsWith("b.json: cannot read Argdown's JSON: "), broken.getMessage());
        ArgdownImportException foreign = assertThrows(ArgdownImportException.class,
                () -> ArgdownImporter.fromJson("f.json", "[1, 2]", Optional.empty(), Optional.empty()));
        assertTrue(foreign.getMessage().contains("not the JSON `argdown json` writes"), foreign.getMessage());
        ArgdownImportException deep = assertThrows(ArgdownImportException.class,
                () -> ArgdownImporter.fromJson("d.json", "[".repeat(5000), Optional.empty(), Optional.empty()));
        assertTrue(deep.getMessage().startsWith("d.json: cannot read Argdown's JSON"), deep.getMessage());
    }

    @Test
    void frontMatterIsTheTextBetweenTheLeadingRules() {
        assertEquals(Optional.of("title: x\nmodel:\n    mode: loose"),
                ArgdownImporter.frontMatter("===\ntitle: x\nmodel:\n    mode: loose\n===\n\n[a]: A."));
        assertEquals(Optional.empty(), ArgdownImporter.frontMatter("[a]: A.\n===\n"));
    }

    static List<Diagnostic> errors(ArgumentMap map) {
        return Checker.withDefaults().check(CheckContext.of(map)).stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
