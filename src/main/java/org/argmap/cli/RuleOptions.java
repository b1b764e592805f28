package org.argmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.check.Rule;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;

/**
 * Reads {@code --rule ID=SEVERITY} options into {@link RuleSettings}. The loader's own rules
 * ({@code yaml-syntax}, {@code schema}) are not among the rules and cannot be changed: a file that
 * does not load as a map cannot be checked at all.
 */
final class RuleOptions {

    private RuleOptions() {
    }

    static RuleSettings parse(List<String> specs) {
        RuleSettings settings = RuleSettings.DEFAULTS;
        List<String> known = Rules.settable().stream().map(RuleInfo::id).toList();
        for (String spec : specs) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new CommandFailure("--rule takes ID=SEVERITY, got '" + spec + "'",
                        "e.g. --rule unanswered-counterpoint=info");
            }
            String id = spec.substring(0, eq).trim();
            if (Rules.settable(id).isEmpty()) {
                throw new CommandFailure("unknown rule '" + id + "'",
                        DidYouMean.hint(id, known).orElse("rules: " + String.join(", ", known)));
            }
            try {
                settings = settings.with(id, RuleSettings.parseLevel(spec.substring(eq + 1)));
            } catch (IllegalArgumentException e) {
                throw new CommandFailure("--rule " + spec + ": " + e.getMessage());
            }
        }
        return settings;
    }

    /**
     * The loader's findings under the user's settings: the loader reports duplicate keys as
     * {@code duplicate-id}, a rule the user may set like any other.
     */
    static List<Diagnostic> applyToLoadFindings(RuleSettings settings, List<Diagnostic> diagnostics) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            Optional<Severity> severity = Optional.of(d.severity());
            Optional<Rule> rule = Rules.byId(d.rule());
            if (rule.isPresent() && settings.overrides().containsKey(d.rule())) {
                severity = settings.severityOf(rule.get());
            }
            severity.ifPresent(s -> out.add(d.withSeverity(s)));
        }
        return out;
    }
}
