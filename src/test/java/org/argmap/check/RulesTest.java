package org.argmap.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.argmap.diagnostic.EvaluationRules;
import org.argmap.diagnostic.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The registry, and the meta-test: every rule has a test class and a section in docs/rules.md. */
class RulesTest {

    private static final Path RULES_DOC = Path.of("docs/rules.md");

    /** Rule ids of the format that are reported by other stages, yet documented with the rules. */
    private static final Set<String> IDS_WITHOUT_RULE_CLASS = Set.of("yaml-syntax", "schema", "expectation-failed");

    static Stream<Rule> rules() {
        return Rules.all().stream();
    }

    @Test
    void registryIsSortedByIdAndListsEachRuleOnce() {
        List<String> ids = Rules.all().stream().map(Rule::id).toList();
        assertEquals(ids.stream().sorted().distinct().toList(), ids);
        assertEquals(ids.size(), Rules.all().stream().map(Object::getClass).distinct().count());
    }

    @Test
    void byIdFindsRegisteredRulesOnly() {
        assertEquals("support-cycle", Rules.byId("support-cycle").orElseThrow().id());
        assertTrue(Rules.byId("schema").isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleClassIsNamedAfterItsId(Rule rule) {
        String expected = Arrays.stream(rule.id().split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining("", "", "Rule"));
        assertEquals(expected, rule.getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleHasATestClass(Rule rule) {
        String testClass = rule.getClass().getName() + "Test";
        try {
            Class.forName(testClass);
        } catch (ClassNotFoundException e) {
            fail("rule '" + rule.id() + "' has no test class " + testClass);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleHasASectionInTheRulesDocument(Rule rule) throws IOException {
        assertTrue(documentedIds().contains(rule.id()), "docs/rules.md has no section '## " + rule.id() + "'");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleHasASummaryOnOneLine(Rule rule) {
        assertFalse(rule.summary().isBlank());
        assertFalse(rule.summary().contains("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void ruleHasHelpInFullSentences(Rule rule) {
        assertFalse(rule.help().isBlank());
        assertFalse(rule.help().contains("\n"));
        assertTrue(Character.isUpperCase(rule.help().charAt(0)) && rule.help().endsWith("."), rule.help());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void infoCarriesTheRuleMetadata(Rule rule) {
        RuleInfo info = rule.info();
        assertEquals(rule.id(), info.id());
        assertEquals(rule.defaultSeverity(), info.defaultSeverity());
        assertEquals(rule.enabledByDefault(), info.enabledByDefault());
        assertEquals(rule.summary(), info.summary());
        assertEquals(rule.help(), info.help());
    }

    @Test
    void settableRulesAreTheCheckRulesThenTheRulesReportedAfterEvaluation() {
        List<String> expected = Stream.concat(Rules.all().stream().map(Rule::id),
                EvaluationRules.all().stream().map(RuleInfo::id)).toList();
        assertEquals(expected, Rules.settable().stream().map(RuleInfo::id).toList());
        assertEquals(EvaluationRules.NOT_CONVERGED, Rules.settable("not-converged").orElseThrow());
        assertTrue(Rules.settable("schema").isEmpty(), "the loader's own rules cannot be set");
    }

    @Test
    void rulesDocumentHasASectionForEachIdAndNoOther() throws IOException {
        Set<String> expected = new TreeSet<>(IDS_WITHOUT_RULE_CLASS);
        Rules.settable().forEach(rule -> expected.add(rule.id()));
        assertEquals(expected, new TreeSet<>(documentedIds()));
    }

    private static List<String> documentedIds() throws IOException {
        Matcher heading = Pattern.compile("(?m)^## (\\S+)\\s*$").matcher(Files.readString(RULES_DOC));
        List<String> ids = new java.util.ArrayList<>();
        while (heading.find()) {
            ids.add(heading.group(1));
        }
        return ids;
    }
}
