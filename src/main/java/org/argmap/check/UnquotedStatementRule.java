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
 * {@code unquoted-statement} (off by default): in a map that names a source text, a statement
 * that neither quotes the source nor is marked implicit. A map held to its essay can turn it on
 * so every claim either shows where the author makes it or admits it is the analyst's own.
 * Without a usable source text there is nothing to quote, so it reports nothing.
 */
final class UnquotedStatementRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNQUOTED_STATEMENT, Severity.WARNING, false,
            "in a map with a source text, a statement has no quote and is not marked implicit",
            "Quote the passage that makes the claim, or mark the statement 'implicit: true' if it is your reconstruction.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        if (context.source().isEmpty()) {
            return List.of();
        }
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : context.map().statements().values()) {
            if (!statement.implicit() && statement.quotes().isEmpty()) {
                findings.add(diagnostic(statement.location(),
                        "statement '" + statement.id() + "' has no quote from the source text and is not marked implicit",
                        Optional.of("add 'quote:' with the passage that says it, or 'implicit: true' if the source leaves it unsaid")));
            }
        }
        return List.copyOf(findings);
    }
}
