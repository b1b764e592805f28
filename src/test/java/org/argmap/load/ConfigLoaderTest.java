package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigLoaderTest {

    private static final List<String> RULE_IDS = List.of("dangling-reference", "disconnected", "unanswered-counterpoint");
    private static final ConfigLoader LOADER = new ConfigLoader(RULE_IDS);

    private static RuleConfig load(String text) {
        return LOADER.load("argmap.yaml", text);
    }

    private static Diagnostic only(RuleConfig config) {
        assertEquals(1, config.diagnostics().size(), config.diagnostics()::toString);
        Diagnostic d = config.diagnostics().get(0);
        assertEquals(Severity.ERROR, d.severity());
        return d;
    }

    private static void assertAt(Diagnostic d, String rule, int line, int column) {
        assertEquals(rule, d.rule(), d::toString);
        assertEquals(line, d.location().line(), d::toString);
        assertEquals(column, d.location().column(), d::toString);
    }

    @Test
    void validSettingsGiveStrictAndEachLevelInFileOrder() {
        RuleConfig config = load("""
                # project settings
                strict: true
                rules:
                  unanswered-counterpoint: info
                  disconnected: error
                  dangling-reference: warning
                """);
        assertFalse(config.hasErrors(), config.diagnostics()::toString);
        assertTrue(config.strict());
        Map<String, Optional<Severity>> expected = new LinkedHashMap<>();
        expected.put("unanswered-counterpoint", Optional.of(Severity.INFO));
        expected.put("disconnected", Optional.of(Severity.ERROR));
        expected.put("dangling-reference", Optional.of(Severity.WARNING));
        assertEquals(List.copyOf(expected.entrySet()), List.copyOf(config.levels().entrySet()));
        assertEquals(4, config.rules().get(0).location().line());
        assertEquals(3, config.rules().get(0).location().column());
    }

    @Test
    void strictIsFalseWhenNotWrittenOrWrittenFalse() {
        assertFalse(load("rules:\n  disconnected: error\n").strict());
        assertFalse(load("strict: false\n").strict());
    }

    @Test
    void offTurnsARuleOffWhetherQuotedOrNot() {
        assertEquals(Optional.empty(), load("rules:\n  disconnected: off\n").levels().get("disconnected"));
        assertEquals(Optional.empty(), load("rules:\n  disconnected: 'off'\n").levels().get("disconnected"));
    }

    @Test
    void levelWordsAreReadInAnyCase() {
        RuleConfig config = load("rules:\n  disconnected: Error\n  dangling-reference: WARNING\n");
        assertFalse(config.hasErrors(), config.diagnostics()::toString);
        assertEquals(Optional.of(Severity.ERROR), config.levels().get("disconnected"));
        assertEquals(Optional.of(Severity.WARNING), config.levels().get("dangling-reference"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "\n\n", "# nothing set yet\n  # indented comment\n", "---\n", "~\n"})
    void fileWithoutSettingsHoldsNone(String text) {
        RuleConfig config = load(text);
        assertFalse(config.hasErrors(), config.diagnostics()::toString);
        assertFalse(config.strict());
        assertTrue(config.rules().isEmpty());
    }

    @Test
    void emptyRulesHoldNoLevels() {
        RuleConfig config = load("rules:\nstrict: true\n");
        assertFalse(config.hasErrors(), config.diagnostics()::toString);
        assertTrue(config.rules().isEmpty());
        assertTrue(config.strict());
    }

    @Test
    void misspeltSettingIsReportedWithDidYouMean() {
        Diagnostic d = only(load("strict: true\nrule:\n  disconnected: error\n"));
        assertAt(d, "schema", 2, 1);
        assertEquals("unknown setting 'rule'", d.message());
        assertEquals(Optional.of("did you mean 'rules'?"), d.hint());
    }

    @Test
    void unrelatedSettingIsReportedListingTheSettings() {
        Diagnostic d = only(load("output: svg\n"));
        assertAt(d, "schema", 1, 1);
        assertTrue(d.hint().orElseThrow().contains("rules, schemes, strict"), d::toString);
    }

    @Test
    void unknownRuleIdIsReportedAtItsKeyWithDidYouMeanAndTheOtherLevelsStillRead() {
        RuleConfig config = load("""
                rules:
                  dangling-reference: warning
                  disconected: error
                """);
        Diagnostic d = only(config);
        assertAt(d, "schema", 3, 3);
        assertEquals(3 + "disconected".length(), d.location().endColumn());
        assertEquals("unknown rule 'disconected'", d.message());
        assertEquals(Optional.of("did you mean 'disconnected'?"), d.hint());
        assertEquals(Optional.of(Severity.WARNING), config.levels().get("dangling-reference"));
        assertFalse(config.levels().containsKey("disconected"));
    }

    @Test
    void unknownRuleIdAndBadLevelOnOneLineAreBothReported() {
        RuleConfig config = load("rules:\n  disconected: eror\n");
        assertEquals(2, config.diagnostics().size(), config.diagnostics()::toString);
        assertAt(config.diagnostics().get(0), "schema", 2, 3);
        assertAt(config.diagnostics().get(1), "schema", 2, 16);
        assertEquals(Optional.of("did you mean 'error'?"), config.diagnostics().get(1).hint());
    }

    @Test
    void unknownRuleIdWithoutCloseMatchListsTheRules() {
        Diagnostic d = only(load("rules:\n  spelling: off\n"));
        assertEquals(Optional.of("rules: " + String.join(", ", RULE_IDS)), d.hint());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"schema", "yaml-syntax"})
    void loaderRulesCannotBeSet(String id) {
        Diagnostic d = only(load("rules:\n  " + id + ": off\n"));
        assertAt(d, "schema", 2, 3);
        assertTrue(d.message().contains("cannot be changed"), d::toString);
    }

    @Test
    void unknownLevelIsReportedAtTheValueNamingTheAcceptedWords() {
        Diagnostic d = only(load("rules:\n  disconnected: fatal\n"));
        assertAt(d, "schema", 2, 17);
        assertEquals("'fatal' is not a level (rule 'disconnected')", d.message());
        assertEquals(Optional.of("use one of: off, info, warning, error"), d.hint());
    }

    @Test
    void misspeltLevelGetsDidYouMean() {
        Diagnostic d = only(load("rules:\n  disconnected: warnig\n"));
        assertEquals(Optional.of("did you mean 'warning'?"), d.hint());
    }

    @Test
    void ruleWithoutLevelIsReportedAtItsId() {
        Diagnostic d = only(load("rules:\n  disconnected:\n"));
        assertAt(d, "schema", 2, 3);
        assertEquals("rule 'disconnected' has no level", d.message());
    }

    @Test
    void levelThatIsAListIsAWrongType() {
        Diagnostic d = only(load("rules:\n  disconnected: [error]\n"));
        assertAt(d, "schema", 2, 17);
        assertTrue(d.message().endsWith("must be a word, found a list"), d::toString);
    }

    @Test
    void numberIsNotALevel() {
        Diagnostic d = only(load("rules:\n  disconnected: 2\n"));
        assertEquals("'2' is not a level (rule 'disconnected')", d.message());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strict: 'true'", "strict: 1", "strict: [true]", "strict:", "strict: yes"})
    void strictMustBeWrittenTrueOrFalse(String line) {
        RuleConfig config = load(line + "\n");
        Diagnostic d = only(config);
        assertAt(d, "schema", 1, line.equals("strict:") ? 1 : 9);
        assertTrue(d.message().startsWith("'strict' must be true or false, found "), d::toString);
        assertFalse(config.strict());
    }

    @Test
    void rulesThatAreAListAreAWrongType() {
        Diagnostic d = only(load("rules:\n  - disconnected\n"));
        assertAt(d, "schema", 2, 3);
        assertEquals("'rules' must be a mapping of rule id to level, found a list", d.message());
    }

    @Test
    void settingsThatAreNotAMappingAreAWrongType() {
        Diagnostic d = only(load("- strict\n"));
        assertAt(d, "schema", 1, 1);
        assertTrue(d.message().endsWith("found a list"), d::toString);
    }

    @Test
    void anchorsAndAliasesAreRejectedAsInAMap() {
        RuleConfig config = load("""
                rules:
                  disconnected: &level error
                  dangling-reference: *level
                """);
        List<Diagnostic> syntax = config.diagnostics().stream().filter(d -> d.rule().equals("yaml-syntax")).toList();
        assertEquals(2, syntax.size(), config.diagnostics()::toString);
        assertAt(syntax.get(0), "yaml-syntax", 2, 17);
        assertAt(syntax.get(1), "yaml-syntax", 3, 23);
        assertTrue(config.hasErrors());
    }

    @Test
    void settingWrittenTwiceIsASchemaErrorAtTheSecond() {
        Diagnostic d = only(load("rules:\n  disconnected: error\n  disconnected: off\n"));
        assertAt(d, "schema", 3, 3);
        assertTrue(d.message().contains("written twice"), d::toString);
    }

    @Test
    void brokenYamlIsASyntaxErrorWithAPosition() {
        RuleConfig config = load("rules: [disconnected\n");
        assertTrue(config.hasErrors());
        assertEquals("yaml-syntax", config.diagnostics().get(0).rule());
        assertTrue(config.rules().isEmpty());
    }

    @Test
    void fileIsReadWithItsPathAsTheNameInLocations(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("argmap.yaml");
        Files.writeString(file, "\uFEFFrules:\n  disconected: error\n");
        RuleConfig config = LOADER.load(file);
        assertEquals(file.toString(), config.file());
        assertEquals(file.toString(), only(config).location().file());
        assertAt(only(config), "schema", 2, 3);
    }

    @Test
    void fileThatIsNotUtf8IsASyntaxError(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("argmap.yaml");
        Files.write(file, new byte[] {'s', 't', (byte) 0xC3, (byte) 0x28, '\n'});
        Diagnostic d = only(LOADER.load(file));
        assertAt(d, "yaml-syntax", 1, 1);
        assertEquals("the file is not UTF-8 text", d.message());
    }

    @Test
    void fileOverTheSizeLimitIsNotParsed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("argmap.yaml");
        Files.writeString(file, "# " + "x".repeat(200) + "\nstrict: true\n");
        RuleConfig config = new ConfigLoader(RULE_IDS, new LoadLimits(100, 64, 100)).load(file);
        assertTrue(only(config).message().contains("is larger than the limit of 100 bytes"), config.diagnostics()::toString);
        assertFalse(config.strict());
    }
}
