package org.argmap.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;

/**
 * The user's severity for some rules: rule id to a severity, or to empty for "off". Rules not
 * mentioned keep their defaults (their default severity if enabled by default, else off).
 */
public record RuleSettings(Map<String, Optional<Severity>> overrides) {

    public static final RuleSettings DEFAULTS = new RuleSettings(Map.of());

    /** The words accepted for a level, in increasing severity. */
    public static final String LEVEL_WORDS = String.join(", ", Severity.LEVEL_WORDS);

    public RuleSettings {
        Map<String, Optional<Severity>> copy = new LinkedHashMap<>();
        overrides.forEach((id, severity) -> copy.put(Objects.requireNonNull(id, "rule id"),
                Objects.requireNonNull(severity, "severity of " + id)));
        overrides = Collections.unmodifiableMap(copy);
    }

    /** These settings with one more override ({@code Optional.empty()} turns the rule off). */
    public RuleSettings with(String ruleId, Optional<Severity> severity) {
        Map<String, Optional<Severity>> changed = new LinkedHashMap<>(overrides);
        changed.put(ruleId, severity);
        return new RuleSettings(changed);
    }

    /** The severity a rule runs at, or empty when it is off. */
    public Optional<Severity> severityOf(Rule rule) {
        return severityOf(rule.info());
    }

    /** The severity findings of a rule get, or empty when it is off; for rules reported outside the checker too. */
    public Optional<Severity> severityOf(RuleInfo rule) {
        Optional<Severity> override = overrides.get(rule.id());
        if (override != null) {
            return override;
        }
        return rule.enabledByDefault() ? Optional.of(rule.defaultSeverity()) : Optional.empty();
    }

    /**
     * Reads a level word (off, info, warning, error; any case): a severity, or empty for {@code off}.
     *
     * @throws IllegalArgumentException for any other word, naming the accepted ones
     */
    public static Optional<Severity> parseLevel(String word) {
        return Severity.ofLevel(word);
    }
}
