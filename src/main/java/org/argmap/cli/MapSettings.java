package org.argmap.cli;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.argmap.check.RuleSettings;
import org.argmap.diagnostic.Severity;
import org.argmap.load.RuleConfig;

/**
 * What one map is checked with: the rules' severities and whether warnings fail. Maps in different
 * folders can find different settings files, so each map has its own.
 */
record MapSettings(RuleSettings rules, boolean strict) {

    MapSettings {
        Objects.requireNonNull(rules, "rules");
    }

    /**
     * The command line over the settings file over the defaults: a {@code --rule} replaces the
     * file's level for that rule; {@code --strict} or {@code --no-strict}, when given, replaces the
     * file's {@code strict}.
     */
    static MapSettings resolve(Optional<RuleConfig> file, RuleSettings commandLine, Optional<Boolean> strictOption) {
        RuleSettings rules = new RuleSettings(file.map(RuleConfig::levels).orElse(Map.of()));
        for (Map.Entry<String, Optional<Severity>> override : commandLine.overrides().entrySet()) {
            rules = rules.with(override.getKey(), override.getValue());
        }
        boolean strict = strictOption.orElseGet(() -> file.map(RuleConfig::strict).orElse(false));
        return new MapSettings(rules, strict);
    }
}
