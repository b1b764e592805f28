package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Statement;

/**
 * {@code implicit-quote}: a statement marked {@code implicit: true} that also has a quote. An
 * implicit statement is the analyst's reconstruction of what the author left unsaid, so a passage
 * of the source that says it contradicts the mark: one of the two is wrong. Reported at the
 * first quote, with or without a source text.
 */
final class ImplicitQuoteRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.IMPLICIT_QUOTE, Severity.ERROR, true,
            "a statement marked implicit has a quote, but an implicit statement is one the source does not say",
            "If the source says it, remove 'implicit: true'; if it is your reconstruction, remove the quote.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : context.map().statements().values()) {
            if (statement.implicit() && !statement.quotes().isEmpty()) {
                findings.add(diagnostic(statement.quotes().get(0).location(),
                        "implicit statement '" + statement.id() + "' has a quote",
                        Optional.of("an implicit statement is your reconstruction of what the source leaves unsaid:"
                                + " if the source says it, remove 'implicit: true'; otherwise remove the quote")));
            }
        }
        return List.copyOf(findings);
    }
}
