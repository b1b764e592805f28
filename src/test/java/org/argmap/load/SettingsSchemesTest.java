package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.fixtures.SchemeMaps;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;
import org.junit.jupiter.api.Test;

/** A repository's own schemes in argmap.yaml: read like the built-in catalogue's, every mistake a positioned schema error. */
class SettingsSchemesTest {

    private static final String MOTIVE = SchemeMaps.MOTIVE_SETTINGS;

    private static RuleConfig load(String text) {
        return new ConfigLoader(List.of("disconnected")).load("argmap.yaml", text);
    }

    private static Diagnostic only(RuleConfig config) {
        assertEquals(1, config.diagnostics().size(), config.diagnostics()::toString);
        Diagnostic d = config.diagnostics().get(0);
        assertEquals(RuleIds.SCHEMA, d.rule());
        return d;
    }

    private static String at(Diagnostic d) {
        return d.location().line() + ":" + d.location().column();
    }

    @Test
    void aRepositorySchemeJoinsTheBuiltInCatalogueAfterIt() {
        RuleConfig config = load("strict: true\n" + MOTIVE);
        assertFalse(config.hasErrors(), config.diagnostics()::toString);
        Scheme motive = config.schemes().get(0);
        assertEquals("Argument from motive and opportunity", motive.name());
        assertEquals(List.of("motive", "opportunity"), motive.premises().stream().map(Scheme.PremiseRole::role).toList());
        assertEquals("X did A.", motive.conclusion());
        assertEquals("Did others have the same motive and opportunity?", motive.question("others-too").orElseThrow().asks());
        SchemeCatalogue catalogue = config.schemeCatalogue();
        assertEquals(BuiltInSchemes.catalogue().schemes().size() + 1, catalogue.schemes().size());
        assertTrue(catalogue.find("precedent").isPresent());
        assertEquals(motive, catalogue.find("motive").orElseThrow());
    }

    @Test
    void settingsWithoutSchemesGiveTheBuiltInCatalogue() {
        assertEquals(BuiltInSchemes.catalogue(), load("strict: true\n").schemeCatalogue());
        assertEquals(BuiltInSchemes.catalogue(), load("schemes:\n").schemeCatalogue());
    }

    @Test
    void anIdOfTheBuiltInCatalogueIsRefused() {
        Diagnostic d = only(load(MOTIVE.replace("id: motive", "id: precedent")));
        assertEquals("2:9", at(d));
        assertEquals("scheme 'precedent' is already a built-in scheme (Argument from precedent)", d.message());
        assertTrue(d.hint().orElseThrow().contains("an id of its own"), d::toString);
    }

    @Test
    void twoSchemesWithOneIdAreRefused() {
        String twice = MOTIVE + MOTIVE.substring("schemes:\n".length());
        Diagnostic d = only(load(twice));
        assertEquals("15:9", at(d));
        assertEquals("two schemes have the id 'motive'", d.message());
    }

    @Test
    void aMissingFieldIsReportedAtTheScheme() {
        Diagnostic d = only(load(MOTIVE.replace("    conclusion: X did A.\n", "")));
        assertEquals("2:5", at(d));
        assertEquals("scheme 'motive' has no 'conclusion'", d.message());
    }

    @Test
    void aMisspeltFieldGetsASuggestion() {
        RuleConfig config = load(MOTIVE.replace("      - id: evidence\n        asks:", "      - id: evidence\n        ask:"));
        assertTrue(config.hasErrors());
        Diagnostic unknown = config.diagnostics().stream().filter(d -> d.message().contains("unknown field"))
                .findFirst().orElseThrow();
        assertEquals("a question of scheme 'motive' has an unknown field 'ask'", unknown.message());
        assertEquals("did you mean 'asks'?", unknown.hint().orElseThrow());
        assertEquals(List.of(), config.schemes(), "a scheme with a problem is left out");
    }

    @Test
    void malformedAndRepeatedQuestionIdsAreRefused() {
        RuleConfig config = load(MOTIVE.replace("id: evidence", "id: others-too").replace("id: motive", "id: Motive"));
        assertEquals(List.of("'Motive' is not a valid scheme id", "scheme 'Motive' has two questions with the id 'others-too'"),
                config.diagnostics().stream().map(Diagnostic::message).toList());
    }

    @Test
    void schemesMustBeAListOfMappings() {
        assertEquals("'schemes' must be a list of schemes, found a mapping", only(load("schemes:\n  motive: x\n")).message());
        assertTrue(only(load("schemes:\n  - motive\n")).message().startsWith("a scheme must be a mapping with"));
        assertEquals("scheme 'motive' 'questions' must be a list with at least one item, found a list",
                only(load(MOTIVE.substring(0, MOTIVE.indexOf("    questions:")) + "    questions: []\n")).message());
    }
}
