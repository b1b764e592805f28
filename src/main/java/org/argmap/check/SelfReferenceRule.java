package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.Ref;
import org.argmap.model.Relation;

/**
 * {@code self-reference}: a statement that supports or attacks itself, an argument that concludes
 * itself, or an argument whose conclusion is also one of its premises (the statement would
 * support or attack itself through the argument).
 */
final class SelfReferenceRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.SELF_REFERENCE, Severity.ERROR, true,
            "a statement supports or attacks itself, or an argument's conclusion is itself or one of its premises",
            "Remove the id from its own relation; usually another statement was meant.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Relation relation : context.graph().selfReferences()) {
            Ref ref = relation.ref();
            switch (relation.field()) {
                case SUPPORTS -> findings.add(diagnostic(ref.location(), "'" + relation.from() + "' supports itself",
                        Optional.of("a statement cannot be its own reason: remove '" + ref.id() + "' from 'supports'")));
                case ATTACKS -> findings.add(diagnostic(ref.location(), "'" + relation.from() + "' attacks itself",
                        Optional.of("remove '" + ref.id() + "' from 'attacks'")));
                case CONCLUSION -> {
                    Argument argument = context.map().arguments().get(relation.from());
                    findings.add(diagnostic(ref.location(), "argument '" + argument.id() + "' concludes itself",
                            Optional.of("an argument's conclusion is the statement or argument it "
                                    + argument.kind().word() + "s")));
                }
                case PREMISES -> {
                    Argument argument = context.map().arguments().get(relation.to());
                    findings.add(diagnostic(ref.location(),
                            "'" + ref.id() + "' is both a premise and the conclusion of argument '" + argument.id() + "'",
                            Optional.of("a statement cannot " + argument.kind().word() + " itself: remove it from 'premises'")));
                }
                default -> throw new AssertionError(relation.field());
            }
        }
        return List.copyOf(findings);
    }
}
