package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Relation;
import org.argmap.model.Statement;

/**
 * {@code unanswered-counterpoint}: a counterpoint that attacks the thesis directly and that
 * nothing attacks in turn (no statement, no attack argument). Off by default: it is advice for
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
        ArgumentMap map = context.map();
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : map.statements().values()) {
            if (statement.kind() != Kind.COUNTERPOINT || !attacksThesis(map, statement)) {
                continue;
            }
            boolean answered = context.graph().incoming(statement.id()).stream()
                    .anyMatch(edge -> edge.type() == Relation.Type.ATTACKS);
            if (!answered) {
                findings.add(diagnostic(statement.location(),
                        "counterpoint '" + statement.id() + "' to the thesis has no rebuttal",
                        Optional.of("add a statement that attacks '" + statement.id()
                                + "', if the source answers it")));
            }
        }
        return List.copyOf(findings);
    }

    private static boolean attacksThesis(ArgumentMap map, Statement statement) {
        return map.relations().outgoing(statement.id()).stream()
                .filter(relation -> relation.field() == Relation.Field.ATTACKS)
                .map(relation -> map.node(relation.to()).orElseThrow())
                .anyMatch(target -> target instanceof Statement s && s.kind() == Kind.THESIS);
    }
}
