package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.argmap.check.Rule;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.diagnostic.Severity;
import org.argmap.load.RuleConfig;
import org.argmap.model.Location;
import org.junit.jupiter.api.Test;

class MapSettingsTest {

    private static final Rule DISCONNECTED = Rules.byId("disconnected").orElseThrow();
    private static final Rule UNUSED_PERSPECTIVE = Rules.byId("unused-perspective").orElseThrow();

    private static Optional<RuleConfig> file(boolean strict, String ruleId, Optional<Severity> severity) {
        RuleConfig.RuleLevel level = new RuleConfig.RuleLevel(ruleId, severity, Location.at("argmap.yaml", 3, 3));
        return Optional.of(new RuleConfig("argmap.yaml", "", strict, List.of(level), List.of()));
    }

    @Test
    void withoutFileOrOptionsEveryRuleKeepsItsDefaultAndWarningsPass() {
        MapSettings settings = MapSettings.resolve(Optional.empty(), RuleSettings.DEFAULTS, Optional.empty());
        assertEquals(RuleSettings.DEFAULTS.severityOf(DISCONNECTED), settings.rules().severityOf(DISCONNECTED));
        assertTrue(settings.rules().overrides().isEmpty());
        assertFalse(settings.strict());
    }

    @Test
    void fileLevelReplacesTheDefault() {
        MapSettings settings = MapSettings.resolve(file(false, "disconnected", Optional.of(Severity.ERROR)),
                RuleSettings.DEFAULTS, Optional.empty());
        assertEquals(Optional.of(Severity.ERROR), settings.rules().severityOf(DISCONNECTED));
        assertEquals(RuleSettings.DEFAULTS.severityOf(UNUSED_PERSPECTIVE), settings.rules().severityOf(UNUSED_PERSPECTIVE));
    }

    @Test
    void commandLineRuleReplacesTheFileLevel() {
        RuleSettings commandLine = RuleSettings.DEFAULTS.with("disconnected", Optional.empty());
        MapSettings settings = MapSettings.resolve(file(false, "disconnected", Optional.of(Severity.ERROR)),
                commandLine, Optional.empty());
        assertEquals(Optional.empty(), settings.rules().severityOf(DISCONNECTED));
    }

    @Test
    void commandLineRuleForAnotherRuleLeavesTheFileLevel() {
        RuleSettings commandLine = RuleSettings.DEFAULTS.with("unused-perspective", Optional.of(Severity.INFO));
        MapSettings settings = MapSettings.resolve(file(false, "disconnected", Optional.of(Severity.ERROR)),
                commandLine, Optional.empty());
        assertEquals(Optional.of(Severity.ERROR), settings.rules().severityOf(DISCONNECTED));
        assertEquals(Optional.of(Severity.INFO), settings.rules().severityOf(UNUSED_PERSPECTIVE));
    }

    @Test
    void fileTurnsStrictOnWhenTheCommandLineSaysNothing() {
        assertTrue(MapSettings.resolve(file(true, "disconnected", Optional.empty()), RuleSettings.DEFAULTS,
                Optional.empty()).strict());
    }

    @Test
    void strictOptionTurnsStrictOnOverAFileWithoutIt() {
        assertTrue(MapSettings.resolve(file(false, "disconnected", Optional.empty()), RuleSettings.DEFAULTS,
                Optional.of(true)).strict());
        assertTrue(MapSettings.resolve(Optional.empty(), RuleSettings.DEFAULTS, Optional.of(true)).strict());
    }

    @Test
    void noStrictOptionTurnsStrictOffOverTheFile() {
        assertFalse(MapSettings.resolve(file(true, "disconnected", Optional.empty()), RuleSettings.DEFAULTS,
                Optional.of(false)).strict());
    }
}
