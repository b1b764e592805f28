package org.argmap.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.argmap.check.Rule;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.load.BuiltInSchemes;
import org.argmap.load.RuleConfig;
import org.argmap.model.SchemeCatalogue;

/**
 * What one map is checked with: the rules' severities, whether warnings fail, and the schemes it
 * may name (the built-in catalogue and the settings file's own). Maps in different folders can
 * find different settings files, so each map has its own.
 */
public record MapSettings(RuleSettings rules, boolean strict, SchemeCatalogue schemes) {

    public MapSettings {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(schemes, "schemes");
    }

    /**
     * The command line over the settings file over the defaults: a {@code --rule} replaces the
     * file's level for that rule; {@code --strict} or {@code --no-strict}, when given, replaces the
     * file's {@code strict}.
     */
    public static MapSettings resolve(Optional<RuleConfig> file, RuleSettings commandLine, Optional<Boolean> strictOption) {
        RuleSettings rules = new RuleSettings(file.map(RuleConfig::levels).orElse(Map.of()));
        for (Map.Entry<String, Optional<Severity>> override : commandLine.overrides().entrySet()) {
            rules = rules.with(override.getKey(), override.getValue());
        }
        boolean strict = strictOption.orElseGet(() -> file.map(RuleConfig::strict).orElse(false));
        return new MapSettings(rules, strict,
                file.map(RuleConfig::schemeCatalogue).orElseGet(BuiltInSchemes::catalogue));
    }

    /**
     * The loader's findings under these settings: the loader reports duplicate keys as
     * {@code duplicate-id}, a rule the user may set like any other. The loader's own rules
     * ({@code yaml-syntax}, {@code schema}) are not among the rules and keep their severity: a
     * file that does not load as a map cannot be checked at all.
     */
    public List<Diagnostic> applyToLoadFindings(List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Optional<Severity> severity = Optional.of(d.severity());
            Optional<Rule> rule = Rules.byId(d.rule());
            if (rule.isPresent() && rules.overrides().containsKey(d.rule())) {
                severity = rules.severityOf(rule.get());
            }
            severity.ifPresent(s -> out.add(d.withSeverity(s)));
        }
        return out;
    }
}
