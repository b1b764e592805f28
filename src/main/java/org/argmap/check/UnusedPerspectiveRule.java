package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/** {@code unused-perspective}: a declared perspective that no statement names. */
final class UnusedPerspectiveRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNUSED_PERSPECTIVE, Severity.WARNING, true,
            "a declared perspective that no statement uses",
            "Set 'perspective:' on the statements that belong to it, or remove the declaration.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        Set<String> used = context.map().statements().values().stream()
                .map(Statement::perspective)
                .flatMap(Optional::stream)
                .map(Ref::id)
                .collect(Collectors.toSet());
        List<Diagnostic> findings = new ArrayList<>();
        for (Perspective perspective : context.map().perspectives().values()) {
            if (!used.contains(perspective.id())) {
                findings.add(diagnostic(perspective.location(),
                        "perspective '" + perspective.id() + "' is declared but no statement uses it",
                        Optional.of("add 'perspective: " + perspective.id() + "' to its statements, or remove it")));
            }
        }
        return List.copyOf(findings);
    }
}
