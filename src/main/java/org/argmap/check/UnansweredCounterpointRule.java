package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Statement;
import org.argmap.model.UnansweredCounterpoints;

/**
 * {@code unanswered-counterpoint}: a counterpoint that attacks the thesis directly and that
 * nothing attacks in turn (no statement, no attack argument; {@link UnansweredCounterpoints}, which
 * {@code argmap stats} counts too). Off by default: it is advice for
 * authors who want a balanced map, not a defect.
 */
final class UnansweredCounterpointRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNANSWERED_COUNTERPOINT, Severity.INFO, false,
            "a counterpoint to the thesis with no rebuttal (off unless enabled)",
            "If the source answers the objection, add that answer as a statement that attacks the"
                    + " counterpoint; if not, leave the map as it is, since the rule is advice.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : UnansweredCounterpoints.of(context.map())) {
            findings.add(diagnostic(statement.location(),
                    "counterpoint '" + statement.id() + "' to the thesis has no rebuttal",
                    Optional.of("add a statement that attacks '" + statement.id()
                            + "', if the source answers it")));
        }
        return List.copyOf(findings);
    }
}
