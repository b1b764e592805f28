package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentQuestions;
import org.argmap.text.Plural;

/**
 * {@code open-questions}: an argument whose scheme is in the catalogue has critical questions
 * that no statement or argument of the map raises or settles. Info: an open question is not a
 * fault (an essay seldom answers every one), but it is what a careful reader asks next. One
 * finding per argument, at its {@code scheme:} value, listing the open questions' ids.
 */
final class OpenQuestionsRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.OPEN_QUESTIONS, Severity.INFO, true,
            "an argument's scheme has critical questions that nothing in the map raises or settles",
            "Raise a question with a statement that attacks the argument and names it in 'question:', settle it"
                    + " with one that supports the argument, or leave it open; 'argmap questions' lists them all.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        List<Diagnostic> findings = new ArrayList<>();
        for (ArgumentQuestions sheet : ArgumentQuestions.of(context.map(), context.schemes())) {
            List<ArgumentQuestions.Status> open = sheet.open();
            if (open.isEmpty()) {
                continue;
            }
            String ids = open.stream().map(s -> s.question().id()).collect(Collectors.joining(", "));
            findings.add(diagnostic(sheet.argument().scheme().orElseThrow().location(),
                    "argument '" + sheet.argument().id() + "' (" + sheet.scheme().name() + ") leaves "
                            + open.size() + " of " + Plural.count(sheet.questions().size(), "critical question")
                            + " open: " + ids,
                    Optional.of("a statement that attacks the argument raises one with 'question: " + open.get(0).question().id()
                            + "', one that supports it settles it; 'argmap questions' prints them in full")));
        }
        return List.copyOf(findings);
    }
}
