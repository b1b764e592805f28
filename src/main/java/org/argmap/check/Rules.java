package org.argmap.check;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.diagnostic.EvaluationRules;
import org.argmap.diagnostic.RuleInfo;

/**
 * The registry: every check rule, once, sorted by id. Adding a rule is one class, one test class,
 * one section in {@code docs/rules.md} and one line here.
 *
 * <p>The loader reports {@code yaml-syntax}, {@code schema} and duplicate keys
 * ({@code duplicate-id}) itself; those ids have no rule object except {@code duplicate-id}, whose
 * rule covers an id shared by a statement and an argument. The rules reported after evaluation
 * ({@link EvaluationRules}) have no rule object either, but settings may name them: they are
 * among the {@link #settable} rules.
 */
public final class Rules {

    private static final List<Rule> ALL = Stream.<Rule>of(
                    new DanglingReferenceRule(),
                    new DisconnectedRule(),
                    new DuplicateIdRule(),
                    new ExpectationFailedRule(),
                    new ImplicitQuoteRule(),
                    new InvisibleCharacterRule(),
                    new KindMismatchRule(),
                    new OpenQuestionsRule(),
                    new QuoteNotFoundRule(),
                    new SelfReferenceRule(),
                    new SupportCycleRule(),
                    new ThesisCountRule(),
                    new ThesisRelationRule(),
                    new UnansweredCounterpointRule(),
                    new UndeclaredPerspectiveRule(),
                    new UnknownQuestionRule(),
                    new UnknownSchemeRule(),
                    new UnquotedStatementRule(),
                    new UnrelatedStatementRule(),
                    new UnusedPerspectiveRule())
            .sorted(Comparator.comparing(Rule::id))
            .toList();

    private static final List<RuleInfo> SETTABLE = Stream.concat(ALL.stream().map(Rule::info),
            EvaluationRules.all().stream()).toList();

    private Rules() {
    }

    /** Every rule, sorted by id. */
    public static List<Rule> all() {
        return ALL;
    }

    public static Optional<Rule> byId(String id) {
        return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }

    /**
     * Every rule whose level {@code --rule} and {@code argmap.yaml} may set: the check rules, then
     * the rules reported after evaluation, each sorted by id.
     */
    public static List<RuleInfo> settable() {
        return SETTABLE;
    }

    /** The settable rule with this id. */
    public static Optional<RuleInfo> settable(String id) {
        return SETTABLE.stream().filter(rule -> rule.id().equals(id)).findFirst();
    }
}
