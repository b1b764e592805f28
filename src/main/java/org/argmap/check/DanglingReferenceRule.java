package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Ref;
import org.argmap.model.Relation;

/**
 * {@code dangling-reference}: {@code supports}, {@code attacks}, an argument's premises or
 * conclusion, or an {@code expect} list names an id that is not in the map. Premises must be
 * statements, so a premise naming an argument is reported here as well. Perspectives have their
 * own rule, {@code undeclared-perspective}. An id the loader found written but could not read (a
 * bad id, or the id it suggested instead) is not reported again: the loader's finding names it.
 */
final class DanglingReferenceRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.DANGLING_REFERENCE, Severity.ERROR, true,
            "a relation or expectation names an id that is not a statement or argument of the map",
            "Correct the id (the hint names the closest declared one) or add the missing statement."
                    + " A premise must be a statement: to build on an argument, make it conclude a statement"
                    + " and use that statement as the premise.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        ArgumentMap map = context.map();
        DidYouMean.Index nodeIds = new DidYouMean.Index(map.relations().nodeIds());
        DidYouMean.Index statementIds = new DidYouMean.Index(map.statements().keySet());
        List<Diagnostic> findings = new ArrayList<>();
        // exactly the relations no stage follows, as the map's relation index decides them
        for (Relation relation : map.relations().dangling()) {
            if (relation.field() == Relation.Field.PREMISES) {
                checkPremise(relation.ref(), relation.to(), map, statementIds, findings);
            } else {
                checkNode(relation.ref(), map, nodeIds, findings);
            }
        }
        Expectations expect = map.expect();
        for (List<Ref> refs : List.of(expect.accepted(), expect.rejected(), expect.undecided())) {
            refs.stream().filter(ref -> !map.hasNode(ref.id())).forEach(ref -> checkNode(ref, map, nodeIds, findings));
        }
        return List.copyOf(findings);
    }

    private void checkNode(Ref ref, ArgumentMap map, DidYouMean.Index nodeIds, List<Diagnostic> findings) {
        if (!map.unread().contains(ref.id())) {
            findings.add(diagnostic(ref.location(), "'" + ref.id() + "' is not a statement or argument of this map",
                    nodeIds.hint(ref.id())));
        }
    }

    private void checkPremise(Ref ref, String argument, ArgumentMap map, DidYouMean.Index statementIds,
                              List<Diagnostic> findings) {
        if (map.unread().contains(ref.id())) {
            return;
        }
        if (map.node(ref.id()).isPresent()) {
            findings.add(diagnostic(ref.location(),
                    "premise '" + ref.id() + "' of argument '" + argument + "' is an argument, not a statement",
                    Optional.of("premises are statements; to build on argument '" + ref.id()
                            + "', make a statement its conclusion and use that statement as the premise")));
        } else {
            findings.add(diagnostic(ref.location(), "'" + ref.id() + "' is not a statement of this map",
                    statementIds.hint(ref.id())));
        }
    }
}
