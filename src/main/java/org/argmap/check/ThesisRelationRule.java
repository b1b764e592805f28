package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Kind;
import org.argmap.model.Ref;
import org.argmap.model.Relation;
import org.argmap.model.Statement;

/**
 * {@code thesis-relation}: the thesis is what the map argues about, so it supports nothing,
 * attacks nothing and is no argument's premise. Each such relation is reported at the id it names
 * (for a premise, at the premise entry in the argument).
 */
final class ThesisRelationRule implements Rule {

    private static final String HINT = "the thesis is the claim the whole map argues for or against: "
            + "remove this relation, or give the thesis role to another statement";

    private static final RuleInfo INFO = new RuleInfo(RuleIds.THESIS_RELATION, Severity.ERROR, true,
            "the thesis supports or attacks something, or is an argument's premise",
            "Turn the relation around so that the other statement supports or attacks the thesis,"
                    + " or make the larger claim the thesis.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement statement : context.map().statements().values()) {
            if (statement.kind() != Kind.THESIS) {
                continue;
            }
            // only relations that hold: one naming an unknown id is dangling-reference's to report
            for (Relation relation : context.map().relations().outgoing(statement.id())) {
                Ref ref = relation.ref();
                switch (relation.field()) {
                    case SUPPORTS, ATTACKS -> findings.add(diagnostic(ref.location(),
                            "thesis '" + statement.id() + "' " + relation.field().word() + " '" + ref.id()
                                    + "'; a thesis " + relation.field().word() + " nothing",
                            Optional.of(HINT)));
                    case PREMISES -> findings.add(diagnostic(ref.location(),
                            "thesis '" + statement.id() + "' is a premise of argument '" + relation.to()
                                    + "'; a thesis is no argument's premise",
                            Optional.of(HINT)));
                    default -> {
                        // an argument that shares the thesis's id wrote it: duplicate-id reports that
                    }
                }
            }
        }
        return List.copyOf(findings);
    }
}
