package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Kind;
import org.argmap.model.Statement;

/**
 * {@code unrelated-statement}: a statement other than the thesis that supports nothing, attacks
 * nothing and is no argument's premise, so no kind can be inferred for it. Relations are counted
 * as written, even when they name an unknown id ({@code dangling-reference} reports those).
 */
final class UnrelatedStatementRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNRELATED_STATEMENT, Severity.ERROR, true,
            "a statement other than the thesis supports nothing, attacks nothing and is no argument's premise",
            "Give the statement a role with 'supports' or 'attacks',"
                    + " list it among an argument's premises, or remove it.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : context.map().statements().values()) {
            // a misspelt kind ('Thesis') may mean the thesis, which needs no relation; the loader reported it
            boolean kindUnread = statement.declaredKind().isPresent() && statement.declaredKindValue().isEmpty();
            if (statement.kind() != Kind.THESIS && !kindUnread && !context.graph().hasOwnRelation(statement)) {
                findings.add(diagnostic(statement.location(),
                        "'" + statement.id() + "' supports nothing, attacks nothing and is no argument's premise",
                        Optional.of("say what it is for with 'supports' or 'attacks', use it as a premise, or remove it")));
            }
        }
        return List.copyOf(findings);
    }
}
