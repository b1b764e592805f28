package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Ref;
import org.argmap.model.Statement;

/** {@code undeclared-perspective}: a statement names a perspective the map does not declare. */
final class UndeclaredPerspectiveRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNDECLARED_PERSPECTIVE, Severity.ERROR, true,
            "a statement names a perspective that is not declared under 'perspectives'",
            "Correct the perspective's name, or declare it under 'perspectives' with a label.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        DidYouMean.Index declared = new DidYouMean.Index(context.map().perspectives().keySet());
        for (Statement statement : context.map().statements().values()) {
            if (statement.perspective().isEmpty()) {
                continue;
            }
            Ref perspective = statement.perspective().get();
            if (!context.map().perspectives().containsKey(perspective.id())) {
                Optional<String> hint = declared.hint(perspective.id())
                        .or(() -> Optional.of("declare it under 'perspectives', with a label"));
                findings.add(diagnostic(perspective.location(),
                        "'" + perspective.id() + "' is not a perspective declared in this map", hint));
            }
        }
        return List.copyOf(findings);
    }
}
