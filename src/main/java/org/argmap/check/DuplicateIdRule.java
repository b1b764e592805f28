package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.Location;
import org.argmap.model.Statement;

/**
 * {@code duplicate-id}: an id used by both a statement and an argument, reported at the later of
 * the two with the earlier as a related location. (The same key twice inside
 * one block is reported by the loader under the same rule id, since the model cannot hold it.)
 */
final class DuplicateIdRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.DUPLICATE_ID, Severity.ERROR, true,
            "the same id is used twice; statements and arguments share one set of ids",
            "Rename one of the two and update the relations that meant it;"
                    + " statements and arguments share one set of ids.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (Argument argument : context.map().arguments().values()) {
            Statement statement = context.map().statements().get(argument.id());
            if (statement == null) {
                continue;
            }
            // Report the later of the two, like a compiler reports the redefinition.
            boolean argumentIsLater = compare(argument.location(), statement.location()) > 0;
            Location at = argumentIsLater ? argument.location() : statement.location();
            Location first = argumentIsLater ? statement.location() : argument.location();
            String message = argumentIsLater
                    ? "argument id '" + argument.id() + "' is already the id of the statement at line " + first.line()
                    : "statement id '" + statement.id() + "' is already the id of the argument at line " + first.line();
            String firstLabel = (argumentIsLater ? "the statement" : "the argument") + " with this id";
            findings.add(diagnostic(at, message,
                    Optional.of("statements and arguments share one set of ids: rename one of them"))
                    .withRelated(List.of(new Diagnostic.Related(first, firstLabel))));
        }
        return List.copyOf(findings);
    }

    private static int compare(Location a, Location b) {
        return a.line() != b.line() ? Integer.compare(a.line(), b.line()) : Integer.compare(a.column(), b.column());
    }
}
