package org.argmap.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.ArgumentQuestions;
import org.argmap.model.Node;
import org.argmap.model.Relation;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * {@code unknown-question}: a {@code question:} that names no critical question of the arguments
 * its statement (or argument) attacks or supports: a misspelt id, a question of another scheme,
 * or a {@code question:} on something that targets no argument with a catalogue scheme. A warning:
 * the map claims a question is raised or settled and argmap cannot tell which, so the question
 * shows as open; nothing drawn or evaluated depends on it, so it does not stop either.
 */
final class UnknownQuestionRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNKNOWN_QUESTION, Severity.WARNING, true,
            "a 'question:' names no critical question of the scheme of an argument its statement attacks or supports",
            "Write the id of a question of that argument's scheme (docs/schemes.md), or remove 'question:'.");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        SchemeCatalogue catalogue = context.schemes();
        if (catalogue.schemes().isEmpty()) {
            return List.of();
        }
        ArgumentMap map = context.map();
        List<Diagnostic> findings = new ArrayList<>();
        List<Node> nodes = new ArrayList<>(map.statements().values());
        nodes.addAll(map.arguments().values());
        for (Node node : nodes) {
            if (!node.questions().isEmpty()) {
                findings.addAll(check(node, map, catalogue));
            }
        }
        return List.copyOf(findings);
    }

    private List<Diagnostic> check(Node node, ArgumentMap map, SchemeCatalogue catalogue) {
        String who = (node instanceof Statement ? "statement '" : "argument '") + node.id() + "'";
        List<Argument> targets = ArgumentQuestions.targets(node, map);
        List<Argument> withScheme = targets.stream()
                .filter(a -> ArgumentQuestions.schemeOf(a, catalogue).isPresent()).toList();
        if (withScheme.isEmpty()) {
            boolean dangles = map.relations().writtenBy(node.id()).stream()
                    .anyMatch(r -> r.field() != Relation.Field.PREMISES && !map.relations().holds(r));
            if (dangles) {
                return List.of(); // dangling-reference reports the misspelt target; the question may fit once it is fixed
            }
            Text first = node.questions().get(0);
            String hint = targets.isEmpty()
                    ? "'question:' goes on a statement that attacks or supports an argument (or an argument that"
                            + " undercuts or backs one) whose scheme is a catalogue id; remove it here"
                    : "give " + names(targets) + " a scheme from the catalogue (docs/schemes.md), or remove 'question:'";
            return List.of(diagnostic(first.location(), who + " names the critical question '" + first.value()
                    + "' but attacks or supports no argument whose scheme is in the catalogue", Optional.of(hint)));
        }
        Set<String> valid = new LinkedHashSet<>();
        withScheme.forEach(a -> ArgumentQuestions.schemeOf(a, catalogue).orElseThrow().questions()
                .forEach(q -> valid.add(q.id())));
        String asked = withScheme.stream()
                .map(a -> "'" + a.id() + "' (" + ArgumentQuestions.schemeOf(a, catalogue).map(Scheme::id).orElseThrow() + ")")
                .collect(Collectors.joining(" or "));
        List<Diagnostic> findings = new ArrayList<>();
        DidYouMean.Index ids = new DidYouMean.Index(valid);
        for (Text question : node.questions()) {
            if (valid.contains(question.value())) {
                continue;
            }
            String list = asked + " asks: " + String.join(", ", valid);
            String hint = ids.hint(question.value()).map(h -> h + " " + list).orElse(list);
            findings.add(diagnostic(question.location(), who + " names the critical question '" + question.value()
                    + "', which the scheme of " + asked + " does not ask", Optional.of(hint)));
        }
        return findings;
    }

    private static String names(List<Argument> arguments) {
        return (arguments.size() == 1 ? "argument " : "arguments ")
                + arguments.stream().map(a -> "'" + a.id() + "'").collect(Collectors.joining(", "));
    }
}
