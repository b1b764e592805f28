package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.EvaluationRules;
import org.argmap.diagnostic.Severity;
import org.argmap.evaluate.Evaluator;

/**
 * Runs the enabled rules on one map at the severities the settings give, and returns every
 * finding sorted by {@link Diagnostic#BY_POSITION}.
 */
public final class Checker {

    private final List<Rule> rules;
    private final RuleSettings settings;

    /**
     * @throws IllegalArgumentException when the settings name a rule that is neither among
     *                                  {@code rules} nor reported after evaluation (with a
     *                                  did-you-mean when one is close)
     */
    public Checker(List<Rule> rules, RuleSettings settings) {
        this.rules = List.copyOf(rules);
        this.settings = Objects.requireNonNull(settings, "settings");
        Set<String> known = this.rules.stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
        // settings may also set the rules reported after evaluation, which no checker runs
        EvaluationRules.all().forEach(rule -> known.add(rule.id()));
        for (String id : settings.overrides().keySet()) {
            if (!known.contains(id)) {
                String suggestion = DidYouMean.hint(id, known).map(hint -> "; " + hint).orElse("");
                throw new IllegalArgumentException("'" + id + "' is not a rule id" + suggestion);
            }
        }
    }

    /** All registered rules at the given settings. */
    public static Checker of(RuleSettings settings) {
        return new Checker(Rules.all(), settings);
    }

    /** All registered rules at their defaults. */
    public static Checker withDefaults() {
        return of(RuleSettings.DEFAULTS);
    }

    /**
     * Whether an enabled rule reads the map's evaluation: a caller that also shows the evaluation
     * evaluates the map first and gives it to the context, so the map is evaluated once.
     */
    public boolean needsEvaluation(CheckContext context) {
        return rules.stream().anyMatch(rule -> settings.severityOf(rule).isPresent() && rule.needsEvaluation(context));
    }

    /**
     * Every finding of the enabled rules on the context's map. When a rule needs the map's
     * evaluation and the context has none, the map is evaluated here first, within the deadline.
     *
     * @throws org.argmap.model.Deadline.Exceeded when the context's deadline has passed before a
     *                                            rule or during the evaluation
     */
    public List<Diagnostic> check(CheckContext context) {
        CheckContext checked = context.evaluation().isEmpty() && needsEvaluation(context)
                ? context.withEvaluation(new Evaluator().evaluate(context.map(), context.deadline()))
                : context;
        List<Diagnostic> findings = new ArrayList<>();
        for (Rule rule : rules) {
            Optional<Severity> severity = settings.severityOf(rule);
            if (severity.isPresent()) {
                checked.deadline().check();
                rule.check(checked).forEach(finding -> findings.add(finding.withSeverity(severity.get())));
            }
        }
        findings.sort(Diagnostic.BY_POSITION);
        return List.copyOf(findings);
    }
}
