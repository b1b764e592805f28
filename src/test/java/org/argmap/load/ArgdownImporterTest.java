package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        String notes = String.join("\n", imported.notes());
        assertTrue(notes.contains("thesis: 'big' (2 statements and arguments reach it)"), notes);
        assertTrue(notes.contains("other candidates: small (1 reach it)"), notes);
        assertTrue(notes.contains("do not reach the thesis and are left out: small, r3"), notes);
        assertEquals(List.of(), ArgdownRoundTripTest.errors(map));
    }

    @Test
    void dashDashThesisChoosesAnotherSink() throws Exception {
        ArgumentMap map = ArgdownImporter.fromJson("two.json", TWO_SINKS, Optional.empty(), Optional.of("small"))
                .map();
        assertEquals(List.of("small", "r3"), List.copyOf(map.statements().keySet()));
        assertEquals(List.of(), ArgdownRoundTripTest.errors(map));
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
    void anArgdownFileWithoutTheCliIsRefusedWithHowToGetTheJson(@TempDir Path dir) throws Exception {
        Path document = dir.resolve("x.argdown");
        Files.writeString(document, "[a]: A.\n  +> [b]\n");
        ArgdownImportException e = assertThrows(ArgdownImportException.class,
                () -> ArgdownImporter.importFile(document, Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("`argdown` is not on PATH"), e.getMessage());
        assertTrue(e.hint().contains("argdown json FILE.argdown OUTDIR"), e.hint());
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

    @Test
    void slugsAreIdsMadeFromTheFirstWords() {
        assertEquals("fleischkuche-ist-kulturerbe", ArgdownImporter.slug("Fleischküche ist Kulturerbe"));
        assertEquals("statement", ArgdownImporter.slug("中文"));
        assertTrue(MapReader.ID.matcher(ArgdownImporter.slug("A very long title with many words in it")).matches());
    }
}
