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
import org.argmap.model.Location;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * {@code thesis-count}: a map has exactly one thesis. With none, the finding points at the
 * {@code statements} key; with several, each thesis after the first is reported at its
 * {@code kind} value. "No thesis" is not reported when the loader could not read a statement that
 * may be the thesis (a bad id, a misspelt {@code kind}): its finding already names the mistake.
 */
final class ThesisCountRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.THESIS_COUNT, Severity.ERROR, true,
            "a map has exactly one thesis",
            "Mark exactly one statement with 'kind: thesis'; if the source argues two theses, draw two maps.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        ArgumentMap map = context.map();
        List<Statement> theses = map.statements().values().stream()
                .filter(statement -> statement.kind() == Kind.THESIS)
                .toList();
        if (theses.isEmpty() && thesisMayBeUnreadable(map)) {
            return List.of(); // the loader has reported the statement that may be the thesis
        }
        if (theses.isEmpty()) {
            return List.of(diagnostic(map.statementsLocation(), "this map has no thesis",
                    Optional.of("mark the statement the map argues about with 'kind: thesis'")));
        }
        Statement first = theses.get(0);
        List<Diagnostic> findings = new ArrayList<>();
        for (Statement extra : theses.subList(1, theses.size())) {
            Location at = extra.declaredKind().map(Text::location).orElse(extra.location());
            findings.add(diagnostic(at,
                    "'" + extra.id() + "' is a second thesis; '" + first.id() + "' (line "
                            + first.location().line() + ") is already the thesis of this map",
                    Optional.of("a map argues about one thesis: give '" + extra.id()
                            + "' another kind, or move it to a map of its own")));
        }
        return List.copyOf(findings);
    }

    /** A statement the loader dropped, or one whose {@code kind} it could not read, may be the thesis. */
    private static boolean thesisMayBeUnreadable(ArgumentMap map) {
        return map.unread().mayHoldThesis() || map.statements().values().stream()
                .anyMatch(s -> s.declaredKind().isPresent() && s.declaredKindValue().isEmpty());
    }
}
