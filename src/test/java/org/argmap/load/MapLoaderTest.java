package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.RenderSettings;
import org.argmap.model.Statement;
import org.junit.jupiter.api.Test;

class MapLoaderTest {

    private static final String FULL_MAP = """
            argmap: 1
            title: Common enemy, separate fights
            source:
              title: "The St. Petersburg Bombing"
              author: Nikolas K. Gvosdev
              publisher: The National Interest
              date: 2017-04-04
              url: https://example.org/essay
              text: essay.txt
            perspectives:
              shared-threat:
                label: Shared threat
                description: Both face one enemy.
              mutual-distrust:
                label: Mutual distrust
            statements:
              separate-fights:
                kind: thesis
                text: They will keep fighting separately.
                quote: they will continue to fight separately
              shared-enemy:
                kind: counterpoint
                perspective: shared-threat
                text: The bombing confirms a shared threat.
                attacks: separate-fights
              distrust:
                perspective: mutual-distrust
                text: Distrust runs too deep.
                supports: separate-fights
                quote: [too much distrust, "between the political"]
                title: Deep distrust
                tags: [politics, security]
                weight: 0.8
                note: The essay's central claim.
              beslan:
                text: After Beslan the Kremlin tightened security.
              protests:
                text: The attack came after protests.
              crackdown-reading:
                text: New mandates will be read as a crackdown.
                supports: distrust
            arguments:
              precedent:
                kind: support
                premises: [beslan, protests]
                conclusion: crackdown-reading
                scheme: argument from precedent
                note: linked premises
            expect:
              accepted: [separate-fights]
              rejected: [shared-enemy]
              undecided: []
            """;

    private final MapLoader loader = new MapLoader();

    private LoadResult load(String yaml) {
        return loader.load("m.yaml", yaml);
    }

    private static Diagnostic only(LoadResult result) {
        assertEquals(1, result.diagnostics().size(), () -> "expected one finding, got " + result.diagnostics());
        return result.diagnostics().get(0);
    }

    private static void assertAt(Diagnostic d, String rule, int line, int column) {
        assertEquals(rule, d.rule(), d::toString);
        assertEquals(line, d.location().line(), d::toString);
        assertEquals(column, d.location().column(), d::toString);
    }

    @Test
    void fullMapLoadsEveryFieldWithPositions() {
        LoadResult result = load(FULL_MAP);
        assertEquals(List.of(), result.diagnostics());
        ArgumentMap map = result.map().orElseThrow();
        assertEquals("Common enemy, separate fights", map.title().orElseThrow().value());
        assertEquals("Nikolas K. Gvosdev", map.source().author().orElseThrow().value());
        assertEquals("2017-04-04", map.source().date().orElseThrow().value());
        assertEquals("essay.txt", map.source().text().orElseThrow().value());
        assertEquals(List.of("shared-threat", "mutual-distrust"), List.copyOf(map.perspectives().keySet()));
        assertEquals("Shared threat", map.perspectives().get("shared-threat").displayName());
        assertEquals("Mutual distrust", map.perspectives().get("mutual-distrust").displayName());
        assertEquals("shared-threat", new org.argmap.model.Perspective("shared-threat", map.perspectives().get("shared-threat").location(), java.util.Optional.empty(), java.util.Optional.empty()).displayName());

        Statement distrust = map.statements().get("distrust");
        assertEquals(Kind.PREMISE, distrust.kind());
        assertTrue(distrust.declaredKind().isEmpty());
        assertEquals("separate-fights", distrust.supports().get(0).id());
        assertEquals(29, distrust.supports().get(0).location().line());
        assertEquals(15, distrust.supports().get(0).location().column());
        assertEquals(2, distrust.quotes().size());
        assertEquals("between the political", distrust.quotes().get(1).value());
        assertEquals("Deep distrust", distrust.label());
        assertEquals(List.of("politics", "security"), distrust.tags().stream().map(t -> t.value()).toList());
        assertEquals(0.8, distrust.weight());
        assertEquals(26, distrust.location().line());
        assertEquals(3, distrust.location().column());
        assertEquals(0.5, map.statements().get("beslan").weight());

        var precedent = map.arguments().get("precedent");
        assertEquals(ArgumentKind.SUPPORT, precedent.kind());
        assertEquals(List.of("beslan", "protests"), precedent.premises().stream().map(r -> r.id()).toList());
        assertEquals("crackdown-reading", precedent.conclusion().id());
        assertEquals("argument from precedent", precedent.scheme().orElseThrow().value());
        assertEquals(List.of("separate-fights"), map.expect().accepted().stream().map(r -> r.id()).toList());
        assertEquals(List.of("shared-enemy"), map.expect().rejected().stream().map(r -> r.id()).toList());
    }

    @Test
    void implicitQualifierAndArgumentQuotesLoadWithPositions() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                    qualifier: {quote: almost certainly}
                  w:
                    text: W.
                    implicit: true
                    qualifier: for now
                    supports: t
                  x:
                    text: X.
                    implicit: false
                    supports: t
                arguments:
                  a:
                    kind: support
                    premises: w
                    conclusion: t
                    quote: [Yet that would be, insufficient]
                """);
        assertEquals(List.of(), result.diagnostics());
        ArgumentMap map = result.map().orElseThrow();
        Statement thesis = map.statements().get("t");
        assertFalse(thesis.implicit());
        assertTrue(thesis.qualifier().orElseThrow().quoted());
        assertEquals("almost certainly", thesis.qualifier().orElseThrow().text().value());
        assertEquals(6, thesis.qualifier().orElseThrow().text().location().line());
        assertEquals(24, thesis.qualifier().orElseThrow().text().location().column());
        Statement warrant = map.statements().get("w");
        assertTrue(warrant.implicit());
        assertEquals(9, warrant.implicitAt().orElseThrow().line());
        assertEquals(15, warrant.implicitAt().orElseThrow().column());
        assertFalse(warrant.qualifier().orElseThrow().quoted());
        assertEquals("for now", warrant.qualifier().orElseThrow().text().value());
        assertFalse(map.statements().get("x").implicit(), "implicit: false is the default, written out");
        assertTrue(map.statements().get("x").qualifier().isEmpty());
        var argument = map.arguments().get("a");
        assertEquals(List.of("Yet that would be", "insufficient"), argument.quotes().stream().map(q -> q.value()).toList());
        assertEquals(21, argument.quotes().get(0).location().line());
        assertTrue(map.arguments().get("a").quotes().get(1).location().column() > argument.quotes().get(0).location().column());
    }

    @Test
    void badImplicitAndQualifierValuesAreSchemaFindingsWithHints() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: T.
                    implicit: "true"
                    qualifier: {text: may}
                  u:
                    text: U.
                    implicit: yes
                    qualifier: {quote: ~}
                    supports: t
                """);
        List<Diagnostic> findings = result.diagnostics();
        assertEquals(5, findings.size(), findings::toString);
        assertAt(findings.get(0), "schema", 6, 15);
        assertEquals("statement 't' 'implicit' must be true or false, found the string 'true'", findings.get(0).message());
        assertEquals("write 'implicit: true' or 'implicit: false', without quotes", findings.get(0).hint().orElseThrow());
        assertAt(findings.get(1), "schema", 7, 16);
        assertEquals("statement 't' 'qualifier' has no 'quote'", findings.get(1).message());
        assertTrue(findings.get(1).hint().orElseThrow().contains("qualifier: {quote: almost certainly}"));
        assertAt(findings.get(2), "schema", 7, 17);
        assertTrue(findings.get(2).message().contains("unknown field 'text' in statement 't' 'qualifier'"), findings.get(2)::toString);
        assertAt(findings.get(3), "schema", 10, 15);
        assertAt(findings.get(4), "schema", 11, 17);
        assertEquals("statement 'u' 'qualifier' has an empty 'quote'", findings.get(4).message());
    }

    @Test
    void kindsAreInferredInTheSpecifiedOrder() {
        ArgumentMap map = load(FULL_MAP).map().orElseThrow();
        assertEquals(Kind.THESIS, map.statements().get("separate-fights").kind());
        assertEquals(Kind.COUNTERPOINT, map.statements().get("shared-enemy").kind());
        assertEquals(Kind.PREMISE, map.statements().get("beslan").kind(), "premise of a support argument");
        assertEquals(Kind.PREMISE, map.statements().get("crackdown-reading").kind(), "supports something");
    }

    @Test
    void attackerOfAnInferredCounterpointIsARebuttalAndItsAttackerACounterpoint() {
        ArgumentMap map = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  c: {text: C, attacks: t}
                  r: {text: R, attacks: c}
                  rr: {text: RR, attacks: r}
                  ac: {text: AC}
                  ap: {text: AP}
                arguments:
                  a: {kind: attack, premises: [ac, ap], conclusion: t}
                """).map().orElseThrow();
        assertEquals(Kind.COUNTERPOINT, map.statements().get("c").kind());
        assertEquals(Kind.REBUTTAL, map.statements().get("r").kind());
        assertEquals(Kind.COUNTERPOINT, map.statements().get("rr").kind(), "attacking a rebuttal is a counterpoint");
        assertEquals(Kind.COUNTERPOINT, map.statements().get("ac").kind(), "premise of an attack argument");
    }

    @Test
    void attackCycleWithoutDeclaredKindsGetsKindsFromSides() {
        String yaml = """
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  a: {text: A, attacks: [t, b]}
                  b: {text: B, attacks: a}
                """;
        ArgumentMap first = load(yaml).map().orElseThrow();
        ArgumentMap second = load(yaml).map().orElseThrow();
        assertEquals(first.statements().get("a").kind(), second.statements().get("a").kind());
        // a attacks the thesis: con, a counterpoint; b answers it: pro, a rebuttal, whatever the
        // order in which the cycle is met.
        assertEquals(Kind.COUNTERPOINT, first.statements().get("a").kind());
        assertEquals(Kind.REBUTTAL, first.statements().get("b").kind());
    }

    @Test
    void declaredKindWinsOverInference() {
        ArgumentMap map = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  c: {kind: counterpoint, text: C, supports: t}
                """).map().orElseThrow();
        assertEquals(Kind.COUNTERPOINT, map.statements().get("c").kind());
    }

    @Test
    void aliasIsReportedNotTurnedIntoAString() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: &claim The claim.
                  u:
                    text: *claim
                    supports: t
                """);
        List<Diagnostic> findings = result.diagnostics();
        assertEquals(2, findings.size(), findings::toString);
        assertAt(findings.get(0), "yaml-syntax", 5, 11);
        assertTrue(findings.get(0).message().contains("anchor"));
        assertAt(findings.get(1), "yaml-syntax", 7, 11);
        assertTrue(findings.get(1).message().contains("alias '*claim'"));
    }

    @Test
    void tagIsReported() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t: {kind: thesis, text: !!str T}\n"));
        assertAt(d, "yaml-syntax", 3, 27);
        assertTrue(d.message().contains("tags"));
    }

    @Test
    void duplicateKeyIsReportedAtTheSecondWithTheFirstLine() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: First.
                  t:
                    text: Second.
                """);
        Diagnostic d = only(result);
        assertAt(d, "duplicate-id", 6, 3);
        assertTrue(d.hint().orElseThrow().contains("line 3"), d::toString);
        Diagnostic.Related first = d.related().get(0);
        assertEquals(List.of(first), d.related());
        assertEquals("3:3 first written here", first.location().line() + ":" + first.location().column() + " " + first.label());
        assertEquals("First.", result.map().orElseThrow().statements().get("t").text().value());
    }

    @Test
    void duplicateFieldInsideAStatementIsReported() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t:\n    kind: thesis\n    text: A\n    text: B\n"));
        assertAt(d, "duplicate-id", 6, 5);
    }

    @Test
    void unknownFieldPointsAtTheKeyWithDidYouMean() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t:\n    kind: thesis\n    txt: A\n    text: B\n"));
        assertAt(d, "schema", 5, 5);
        assertEquals("did you mean 'text'?", d.hint().orElseThrow());
    }

    @Test
    void unknownTopLevelFieldIsReported() {
        Diagnostic d = only(load("argmap: 1\nstatments: {}\nstatements:\n  t: {kind: thesis, text: A}\n"));
        assertAt(d, "schema", 2, 1);
        assertEquals("did you mean 'statements'?", d.hint().orElseThrow());
    }

    @Test
    void wrongTypesPointAtTheValue() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    text: [not, a, string]
                  u:
                    text: U
                    supports: {t: yes}
                    weight: high
                """);
        List<Diagnostic> findings = result.diagnostics();
        assertEquals(3, findings.size(), findings::toString);
        assertAt(findings.get(0), "schema", 5, 11);
        assertTrue(findings.get(0).message().contains("must be a string, found a list"));
        assertAt(findings.get(1), "schema", 8, 15);
        assertTrue(findings.get(1).message().contains("found a mapping"));
        assertAt(findings.get(2), "schema", 9, 13);
        assertTrue(findings.get(2).message().contains("weight"));
    }

    @Test
    void weightOutsideUnitIntervalIsRejected() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t: {kind: thesis, text: A, weight: 1.5}\n"));
        assertAt(d, "schema", 3, 38);
    }

    @Test
    void missingRequiredFieldsAreReported() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t:
                    kind: thesis
                arguments:
                  a:
                    premises: [t]
                """);
        List<Diagnostic> findings = result.diagnostics();
        assertEquals(3, findings.size(), findings::toString);
        assertAt(findings.get(0), "schema", 3, 3);
        assertTrue(findings.get(0).message().contains("has no 'text'"));
        assertTrue(findings.get(1).message().contains("has no 'conclusion'"));
        assertTrue(findings.get(2).message().contains("has no 'kind'"));
    }

    @Test
    void missingVersionAndStatementsAreReported() {
        List<Diagnostic> findings = load("title: nothing else\n").diagnostics();
        assertEquals(2, findings.size(), findings::toString);
        assertTrue(findings.stream().allMatch(d -> d.rule().equals("schema")));
    }

    @Test
    void unsupportedVersionStopsLoading() {
        LoadResult result = load("argmap: 2\nstatements:\n  t: {kind: thesis, text: A}\n");
        assertAt(only(result), "schema", 1, 9);
        assertFalse(result.map().isPresent());
    }

    @Test
    void badIdIsReportedWithAKebabCaseSuggestion() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  SharedEnemy: {kind: thesis, text: A}\n"));
        assertAt(d, "schema", 3, 3);
        assertEquals("write it as 'shared-enemy'", d.hint().orElseThrow());
    }

    @Test
    void idSuggestionIsNeverAnIdAlreadyTaken() {
        List<Diagnostic> findings = load("""
                argmap: 1
                perspectives:
                  shared-enemy:
                statements:
                  t: {kind: thesis, text: A}
                  Shared_Enemy: {text: B, supports: t}
                  shared-enemy: {text: C, supports: t}
                  SharedEnemy: {text: D, supports: t}
                arguments:
                  shared-enemy-2: {kind: support, premises: [t], conclusion: t}
                """).diagnostics();
        assertEquals(List.of("write it as 'shared-enemy-3'", "write it as 'shared-enemy-4'"),
                findings.stream().map(d -> d.hint().orElseThrow()).toList(), findings::toString);
    }

    @Test
    void idSuggestionIsTakenWithinItsOwnNamespaceOnly() {
        // perspectives have ids of their own, so a statement's id does not block a perspective's
        Diagnostic d = only(load("""
                argmap: 1
                perspectives:
                  Moscow_View:
                statements:
                  moscow-view: {kind: thesis, text: A}
                """));
        assertEquals("write it as 'moscow-view'", d.hint().orElseThrow());
    }

    @Test
    void idSuggestionDropsAccentsAndGivesNoneForLettersOutsideLatin() {
        List<List<String>> cases = List.of(
                List.of("Café-Crème", "write it as 'cafe-creme'"),
                List.of("Straße_Ærø", "write it as 'strasse-aero'"),
                List.of("Łódź", "write it as 'lodz'"),
                List.of("Тезис", "ids use only the letters a-z, digits and '-'; 'Т' has no plain form in a-z, so choose an id in those letters"),
                List.of("thesis-论点", "ids use only the letters a-z, digits and '-'; '论' has no plain form in a-z, so choose an id in those letters"),
                List.of("__", "use lower-case letters, digits and '-'"));
        for (List<String> c : cases) {
            Diagnostic d = only(load("argmap: 1\nstatements:\n  " + c.get(0) + ": {kind: thesis, text: A}\n"));
            assertAt(d, "schema", 3, 3);
            assertEquals(c.get(1), d.hint().orElseThrow(), c.get(0));
        }
    }

    @Test
    void rawControlCharacterIsReportedAtItsOwnLineAndColumn() {
        List<List<Object>> cases = List.of(
                List.of("argmap: 1\nstatements:\n  t:\n    kind: thesis\n    text: A \u0001thesis.\n", 5, 13, "U+0001"),
                List.of("argmap: 1\nstatements:\n  t:\n    kind: thesis\n    text: \"A \u001b[2J\"\n", 5, 14, "U+001B"),
                List.of("argmap: 1\n# a bell \u0007 in a comment\nstatements:\n  t: {kind: thesis, text: A}\n", 2, 10, "U+0007"),
                List.of("argmap: 1\nstatements:\n  t:\n    kind: thesis\n    text: |\n      A\n      b\u007f\n", 7, 8, "U+007F"),
                List.of("argmap: 1\r\nstatements:\r\n  t: {kind: thesis, text: \"\uFFFE\"}\r\n", 3, 28, "character U+FFFE"));
        for (List<Object> c : cases) {
            Diagnostic d = only(load((String) c.get(0)));
            assertAt(d, "yaml-syntax", (Integer) c.get(1), (Integer) c.get(2));
            assertTrue(d.message().contains((String) c.get(3) + " is not allowed"), d::toString);
        }
    }

    @Test
    void tooLongIdIsReported() {
        String id = "a".repeat(65);
        assertAt(only(load("argmap: 1\nstatements:\n  " + id + ": {kind: thesis, text: A}\n")), "schema", 3, 3);
    }

    @Test
    void unknownKindGetsDidYouMean() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t: {kind: thesis, text: A}\n  c: {kind: counterpiont, text: C, attacks: t}\n"));
        assertAt(d, "schema", 4, 13);
        assertEquals("did you mean 'counterpoint'?", d.hint().orElseThrow());
    }

    @Test
    void blankTextIsReported() {
        assertAt(only(load("argmap: 1\nstatements:\n  t: {kind: thesis, text: '  '}\n")), "schema", 3, 27);
    }

    @Test
    void emptyFileGivesOneClearFinding() {
        LoadResult result = load("");
        assertAt(only(result), "yaml-syntax", 1, 1);
        assertFalse(result.map().isPresent());
    }

    @Test
    void commentsOnlyFileGivesOneClearFinding() {
        assertAt(only(load("# nothing here\n")), "yaml-syntax", 1, 1);
    }

    @Test
    void scalarDocumentIsReportedAsWrongShape() {
        assertAt(only(load("just text\n")), "schema", 1, 1);
    }

    @Test
    void invalidYamlPointsAtTheProblem() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t:\n    text: \"unterminated\n"));
        assertAt(d, "yaml-syntax", 4, 11);
    }

    @Test
    void tabIndentationGetsAHint() {
        Diagnostic d = only(load("argmap: 1\n\tstatements: x\n"));
        assertEquals("yaml-syntax", d.rule());
        assertEquals("YAML indents with spaces, not tabs", d.hint().orElseThrow());
    }

    @Test
    void secondDocumentIsReported() {
        assertAt(only(load("argmap: 1\nstatements: {}\n---\nx: 1\n")), "yaml-syntax", 4, 1);
    }

    @Test
    void randomBytesGiveAClearFindingFast() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loader.load("r.yaml", bytes));
        Diagnostic d = only(result);
        assertEquals("yaml-syntax", d.rule());
        assertTrue(d.message().contains("UTF-8"));
    }

    /**
     * Found by fuzzing (LoadAndCheckFuzzTest): the first bad byte's line counted line feeds only,
     * while the loader's other positions also end a line at a lone carriage return.
     */
    @Test
    void aBadByteAfterALoneCarriageReturnIsReportedOnItsOwnLine() {
        byte[] bytes = {'a', ':', ' ', '1', '\r', 'b', ':', ' ', (byte) 0xB8, '\r', '\n'};
        assertAt(only(loader.load("cr.yaml", bytes)), "yaml-syntax", 2, 4);
    }

    @Test
    void printableGarbageGivesAFindingNotAnException() {
        Random random = new Random(7);
        String alphabet = "ab: -[]{}&*!|>'\"%@`#,?\n\t x1";
        for (int round = 0; round < 200; round++) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 200; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            LoadResult result = load(s.toString());
            assertTrue(result.map().isPresent() || result.hasErrors(), s::toString);
        }
    }

    @Test
    void tenThousandDeepNestIsRejectedFast() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        LoadResult result = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> load(deep));
        Diagnostic d = only(result);
        assertEquals("yaml-syntax", d.rule());
        assertTrue(d.message().contains("nest deeper"), d::toString);
    }

    @Test
    void deepBlockNestingIsRejected() {
        StringBuilder s = new StringBuilder("argmap: 1\nstatements:\n");
        for (int i = 1; i < 100; i++) {
            s.append("  ".repeat(i)).append("k:\n");
        }
        Diagnostic d = only(load(s.toString()));
        assertTrue(d.message().contains("nest deeper"), d::toString);
    }

    @Test
    void fileOverTheSizeLimitIsRejectedBeforeParsing() {
        MapLoader small = new MapLoader(new LoadLimits(1000, 64, 500));
        byte[] big = ("argmap: 1\nstatements:\n" + "# padding\n".repeat(200)).getBytes(StandardCharsets.UTF_8);
        Diagnostic d = only(small.load("big.yaml", big));
        assertAt(d, "yaml-syntax", 1, 1);
        assertTrue(d.message().contains("over the limit"));
    }

    @Test
    void overlongValueIsRejected() {
        MapLoader small = new MapLoader(new LoadLimits(100_000, 64, 500));
        Diagnostic d = only(small.load("long.yaml", "argmap: 1\nstatements:\n  t: {kind: thesis, text: " + "x".repeat(600) + "}\n"));
        assertEquals("yaml-syntax", d.rule());
        assertTrue(d.message().contains("longer than 500"));
    }

    @Test
    void byteOrderMarkIsAccepted() {
        byte[] bytes = ("\uFEFFargmap: 1\nstatements:\n  t: {kind: thesis, text: A}\n").getBytes(StandardCharsets.UTF_8);
        LoadResult result = loader.load("bom.yaml", bytes);
        assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void plainScalarsReadAsTheirWrittenText() {
        ArgumentMap map = load("argmap: 1\ntitle: 1984\nstatements:\n  t: {kind: thesis, text: yes}\n").map().orElseThrow();
        assertEquals("1984", map.title().orElseThrow().value());
        assertEquals("yes", map.statements().get("t").text().value());
    }

    @Test
    void brokenStatementIsDroppedButTheRestStillLoads() {
        LoadResult result = load("argmap: 1\nstatements:\n  t: {kind: thesis, text: A}\n  u: just a string\n  v: {text: V, supports: t}\n");
        assertEquals(1, result.diagnostics().size());
        assertEquals(List.of("t", "v"), List.copyOf(result.map().orElseThrow().statements().keySet()));
    }

    @Test
    void emptyTextIsReportedAtItsKey() {
        Diagnostic d = only(load("argmap: 1\nstatements:\n  t:\n    kind: thesis\n    text:\n"));
        assertAt(d, "schema", 5, 5);
        assertTrue(d.message().contains("empty 'text'"));
    }

    @Test
    void argumentWithEmptyKindOrConclusionIsReportedNotDroppedSilently() {
        List<Diagnostic> findings = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: T}
                  p: {text: P}
                arguments:
                  a:
                    kind:
                    premises: [p]
                    conclusion: ~
                """).diagnostics();
        assertEquals(2, findings.size(), findings::toString);
        assertAt(findings.get(0), "schema", 7, 5);
        assertAt(findings.get(1), "schema", 9, 5);
    }

    @Test
    void yamlOnlyNumberFormsInWeightAreFindingsNotCrashes() {
        for (String weight : List.of(".nan", ".inf", "-.inf", "0x1", "1_0", "0o7")) {
            LoadResult result = load("argmap: 1\nstatements:\n  t: {kind: thesis, text: A, weight: " + weight + "}\n");
            assertEquals("schema", only(result).rule(), weight);
        }
    }

    // --- the render: section -------------------------------------------------------------------

    private static final String THESIS_ONLY = "argmap: 1\nstatements:\n  t: {kind: thesis, text: A}\n";

    @Test
    void renderSectionIsReadWithThePositionOfEveryValue() {
        LoadResult result = load("""
                argmap: 1
                statements:
                  t: {kind: thesis, text: A}
                render:
                  direction: TB
                  labels: title
                  wrap: 30
                  theme: dark
                """);
        assertEquals(List.of(), result.diagnostics());
        RenderSettings render = result.map().orElseThrow().render();
        assertEquals("TB", render.direction().orElseThrow().value());
        assertEquals("title", render.labels().orElseThrow().value());
        assertEquals(30, render.wrap().orElseThrow().columns());
        assertEquals("dark", render.theme().orElseThrow().value());
        assertEquals(List.of(5, 14), List.of(render.direction().orElseThrow().location().line(),
                render.direction().orElseThrow().location().column()));
        assertEquals(List.of(7, 9), List.of(render.wrap().orElseThrow().location().line(),
                render.wrap().orElseThrow().location().column()));
    }

    @Test
    void mapWithoutRenderSectionOrWithEmptyValuesHasNoSettings() {
        assertEquals(RenderSettings.NONE, load(THESIS_ONLY).map().orElseThrow().render());
        LoadResult empty = load(THESIS_ONLY + "render: {direction: , labels: ~, theme: null}\n");
        assertEquals(List.of(), empty.diagnostics());
        assertEquals(RenderSettings.NONE, empty.map().orElseThrow().render());
    }

    @Test
    void everyAcceptedWordIsRead() {
        for (String direction : RenderSettings.DIRECTIONS) {
            LoadResult result = load(THESIS_ONLY + "render: {direction: " + direction + "}\n");
            assertEquals(direction, result.map().orElseThrow().render().direction().orElseThrow().value());
        }
        for (String labels : RenderSettings.LABELS) {
            LoadResult result = load(THESIS_ONLY + "render: {labels: " + labels + "}\n");
            assertEquals(labels, result.map().orElseThrow().render().labels().orElseThrow().value());
        }
        for (String theme : RenderSettings.THEMES) {
            LoadResult result = load(THESIS_ONLY + "render: {theme: " + theme + "}\n");
            assertEquals(theme, result.map().orElseThrow().render().theme().orElseThrow().value());
        }
    }

    @Test
    void unknownRenderFieldPointsAtTheKeyWithDidYouMean() {
        Diagnostic d = only(load(THESIS_ONLY + "render:\n  wrapp: 30\n"));
        assertAt(d, "schema", 5, 3);
        assertEquals("unknown field 'wrapp' in 'render'", d.message());
        assertEquals("did you mean 'wrap'?", d.hint().orElseThrow());
    }

    @Test
    void unknownWordIsReportedAtTheValueWithTheAcceptedWords() {
        Diagnostic direction = only(load(THESIS_ONLY + "render:\n  direction: up\n"));
        assertAt(direction, "schema", 5, 14);
        assertEquals("'render' 'direction' must be LR, RL, TB or BT, found 'up'", direction.message());
        assertTrue(direction.hint().orElseThrow().contains("TB puts the thesis at the top"), direction::toString);

        Diagnostic labels = only(load(THESIS_ONLY + "render: {labels: titles}\n"));
        assertAt(labels, "schema", 4, 18);
        assertEquals("'render' 'labels' must be both, title or text, found 'titles'", labels.message());
        assertEquals("did you mean 'title'?", labels.hint().orElseThrow());

        Diagnostic theme = only(load(THESIS_ONLY + "render:\n  theme: blue\n"));
        assertAt(theme, "schema", 5, 10);
        assertEquals("'render' 'theme' must be light, dark or print, found 'blue'", theme.message());
    }

    @Test
    void wordInTheWrongCaseIsRejectedWithTheRightSpelling() {
        Diagnostic d = only(load(THESIS_ONLY + "render:\n  direction: tb\n"));
        assertAt(d, "schema", 5, 14);
        assertEquals("did you mean 'TB'?", d.hint().orElseThrow());
        assertEquals("did you mean 'dark'?", only(load(THESIS_ONLY + "render: {theme: Dark}\n")).hint().orElseThrow());
    }

    @Test
    void wrapOutsideItsRangeIsReportedAtTheValue() {
        Diagnostic small = only(load(THESIS_ONLY + "render:\n  wrap: 11\n"));
        assertAt(small, "schema", 5, 9);
        assertEquals("'render' 'wrap' is 11, outside 12 to 120", small.message());
        Diagnostic large = only(load(THESIS_ONLY + "render:\n  wrap: 121\n"));
        assertAt(large, "schema", 5, 9);
        Diagnostic huge = only(load(THESIS_ONLY + "render:\n  wrap: 99999999999999999999\n"));
        assertTrue(huge.message().contains("outside 12 to 120"), huge::toString);
        for (int edge : List.of(RenderSettings.MIN_WRAP, RenderSettings.MAX_WRAP)) {
            LoadResult result = load(THESIS_ONLY + "render: {wrap: " + edge + "}\n");
            assertEquals(edge, result.map().orElseThrow().render().wrap().orElseThrow().columns());
        }
    }

    @Test
    void emptyWrapAndEmptySectionsCountAsNotWritten() {
        for (String empty : List.of("", " ~", " null")) {
            LoadResult result = load("argmap: 1\nsource:" + empty + "\nexpect:" + empty + "\nrender:\n  wrap:" + empty
                    + "\nstatements:\n  t:\n    kind: thesis\n    text: T.\n");
            assertEquals(List.of(), result.diagnostics(), "written as '" + empty + "'");
            assertTrue(result.map().orElseThrow().render().wrap().isEmpty());
        }
        LoadResult emptyRender = load(THESIS_ONLY + "render:\n");
        assertEquals(List.of(), emptyRender.diagnostics());
        assertEquals(RenderSettings.NONE, emptyRender.map().orElseThrow().render());
    }

    @Test
    void wrapThatIsNoWholeNumberIsReportedWithWhatWasFound() {
        List<List<String>> cases = List.of(
                List.of("\"30\"", "found the string '30'"),
                List.of("30.5", "found 30.5"),
                List.of("thirty", "found the string 'thirty'"),
                List.of("[30]", "found a list"),
                List.of("true", "found a boolean"));
        for (List<String> c : cases) {
            Diagnostic d = only(load(THESIS_ONLY + "render:\n  wrap: " + c.get(0) + "\n"));
            assertEquals("schema", d.rule(), c.get(0));
            assertEquals(5, d.location().line(), d::toString);
            assertTrue(d.message().startsWith("'render' 'wrap' must be a whole number from 12 to 120, " + c.get(1)), d::toString);
        }
    }

    @Test
    void wrapWrittenInAnotherBaseOrWithAFractionIsRejected() {
        for (String wrap : List.of("0x1E", "30.0", "3_0", "0o36")) {
            LoadResult result = load(THESIS_ONLY + "render: {wrap: " + wrap + "}\n");
            Diagnostic d = only(result);
            assertAt(d, "schema", 4, 16);
            assertTrue(result.map().orElseThrow().render().wrap().isEmpty(), wrap);
        }
    }

    @Test
    void evaluateIsReadAsTrueOrFalseWithItsPosition() {
        RenderSettings on = load(THESIS_ONLY + "render:\n  evaluate: true\n").map().orElseThrow().render();
        assertEquals(true, on.evaluate().orElseThrow().on());
        assertEquals(List.of(5, 13), List.of(on.evaluate().orElseThrow().location().line(),
                on.evaluate().orElseThrow().location().column()));
        assertEquals(false, load(THESIS_ONLY + "render: {evaluate: false}\n").map().orElseThrow().render()
                .evaluate().orElseThrow().on());
        assertEquals(true, load(THESIS_ONLY + "render: {evaluate: True}\n").map().orElseThrow().render()
                .evaluate().orElseThrow().on(), "YAML's own spellings of true count");
        LoadResult empty = load(THESIS_ONLY + "render:\n  evaluate:\n");
        assertEquals(List.of(), empty.diagnostics());
        assertEquals(RenderSettings.NONE, empty.map().orElseThrow().render());
    }

    @Test
    void evaluateThatIsNotTrueOrFalseIsReportedAtTheValue() {
        List<List<String>> cases = List.of(
                List.of("\"true\"", "found the string 'true'", "write 'evaluate: true' or 'evaluate: false', without quotes"),
                List.of("1", "found 1", "write 'evaluate: true' or 'evaluate: false'"),
                List.of("yes", "found 'yes'", "write 'evaluate: true' or 'evaluate: false'"),
                List.of("[true]", "found a list", "write 'evaluate: true' or 'evaluate: false'"));
        for (List<String> c : cases) {
            LoadResult result = load(THESIS_ONLY + "render:\n  evaluate: " + c.get(0) + "\n");
            Diagnostic d = only(result);
            assertAt(d, "schema", 5, 13);
            assertEquals("'render' 'evaluate' must be true or false, " + c.get(1), d.message());
            assertEquals(c.get(2), d.hint().orElseThrow());
            assertTrue(result.map().orElseThrow().render().evaluate().isEmpty(), c.get(0));
        }
    }

    @Test
    void renderThatIsNoMappingIsReported() {
        Diagnostic word = only(load(THESIS_ONLY + "render: TB\n"));
        assertAt(word, "schema", 4, 9);
        assertEquals("'render' must be a mapping, found a string", word.message());
        Diagnostic list = only(load(THESIS_ONLY + "render:\n  - direction: TB\n"));
        assertAt(list, "schema", 5, 3);
        Diagnostic direction = only(load(THESIS_ONLY + "render:\n  direction: [TB]\n"));
        assertAt(direction, "schema", 5, 14);
        assertTrue(direction.message().contains("must be a string, found a list"), direction::toString);
    }

    @Test
    void badRenderValuesAreDroppedAndTheGoodOnesKept() {
        LoadResult result = load(THESIS_ONLY + "render:\n  direction: TB\n  labels: none\n  wrap: 5\n  theme: print\n");
        assertEquals(2, result.diagnostics().size(), result.diagnostics()::toString);
        assertAt(result.diagnostics().get(0), "schema", 6, 11);
        assertAt(result.diagnostics().get(1), "schema", 7, 9);
        RenderSettings render = result.map().orElseThrow().render();
        assertEquals("TB", render.direction().orElseThrow().value());
        assertTrue(render.labels().isEmpty() && render.wrap().isEmpty());
        assertEquals("print", render.theme().orElseThrow().value());
    }
}
