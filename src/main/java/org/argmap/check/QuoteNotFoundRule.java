package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * {@code quote-not-found}: a statement's quote that is not in the source text, compared as
 * {@link QuoteMatcher} defines. The hint shows the closest passage of the source when one is
 * close enough ({@link QuoteMatcher#closest}). Without a source text the rule reports nothing.
 */
final class QuoteNotFoundRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.QUOTE_NOT_FOUND, Severity.ERROR, true,
            "a quote is not in the source text (white space, quote marks and dash forms may differ)",
            "Copy the passage from the source text again;"
                    + " to leave words out, split the quote into a list of exact passages.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        if (context.source().isEmpty()) {
            return List.of();
        }
        SourceText source = context.source().get();
        QuoteMatcher matcher = new QuoteMatcher(source.content());
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : context.map().statements().values()) {
            for (Text quote : statement.quotes()) {
                context.deadline().check(); // each quote is searched for in the whole source text
                if (!matcher.contains(quote.value())) {
                    findings.add(diagnostic(quote.location(),
                            "quote of '" + statement.id() + "' is not in the source text " + source.file(),
                            Optional.of(hint(matcher.closest(quote.value())))));
                }
            }
        }
        return List.copyOf(findings);
    }

    private static String hint(Optional<QuoteMatcher.Closest> closest) {
        if (closest.isEmpty()) {
            return "nothing in the source is close to it; copy the words from the source exactly"
                    + " (only white space, quote marks and dash forms may differ)";
        }
        return "closest: " + closest.get().excerpt() + (closest.get().sameWords()
                ? " (the same words with other capitals or punctuation: copy them exactly as the source writes them)"
                : " (quote the source word for word; only white space, quote marks and dash forms may differ)");
    }
}
