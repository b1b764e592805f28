package org.argmap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.check.Rule;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;

/**
 * The user's rule settings ({@code --rule}, read by {@link CheckOptions}, and {@code argmap.yaml})
 * applied to what the loader found.
 */
final class RuleOptions {

    private RuleOptions() {
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
