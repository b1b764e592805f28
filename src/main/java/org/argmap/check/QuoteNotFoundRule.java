package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.Qualifier;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * {@code quote-not-found}: a quote that is not in the source text (a statement's, an argument's,
 * or a statement's qualifier written as {@code {quote: ...}}), compared as
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
                find(quote, "quote of '" + statement.id() + "'", matcher, source, context, findings);
            }
            statement.qualifier().filter(Qualifier::quoted).ifPresent(qualifier ->
                    find(qualifier.text(), "qualifier of '" + statement.id() + "'", matcher, source, context, findings));
        }
        for (Argument argument : context.map().arguments().values()) {
            for (Text quote : argument.quotes()) {
                find(quote, "quote of argument '" + argument.id() + "'", matcher, source, context, findings);
            }
        }
        return List.copyOf(findings);
    }

    /** Looks one quoted passage up in the source, adding a finding that names it as {@code what} when it is not there. */
    private void find(Text quote, String what, QuoteMatcher matcher, SourceText source, CheckContext context,
            List<Diagnostic> findings) {
        context.deadline().check(); // each quote is searched for in the whole source text
        if (!matcher.contains(quote.value())) {
            findings.add(diagnostic(quote.location(), what + " is not in the source text " + source.file(),
                    Optional.of(hint(matcher.closest(quote.value())))));
        }
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
