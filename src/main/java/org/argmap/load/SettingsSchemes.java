package org.argmap.load;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.model.Location;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;

/**
 * Reads the {@code schemes:} of an {@code argmap.yaml}: a repository's own argumentation schemes,
 * each written like an entry of the built-in catalogue ({@code id}, {@code name}, {@code premises}
 * of {@code role} and {@code says}, {@code conclusion}, {@code questions} of {@code id} and
 * {@code asks}). Unlike the built-in catalogue this is user input, so every problem is a
 * {@code schema} finding with a position, and a scheme with one is left out: a missing field, an
 * id that is malformed or written twice, and an id the built-in catalogue already has (the
 * repository would silently change what that id means for everyone who reads its maps).
 */
final class SettingsSchemes {

    static final Set<String> SCHEME_FIELDS = Set.of("id", "name", "premises", "conclusion", "questions");
    private static final Set<String> ROLE_FIELDS = Set.of("role", "says");
    private static final Set<String> QUESTION_FIELDS = Set.of("id", "asks");

    private final SchemeCatalogue builtIn;
    private final List<Diagnostic> diagnostics;
    private final Set<String> schemeIds = new HashSet<>();
    private boolean complete;

    private SettingsSchemes(SchemeCatalogue builtIn, List<Diagnostic> diagnostics) {
        this.builtIn = builtIn;
        this.diagnostics = diagnostics;
    }

    /** The schemes written under {@code schemes:}, in file order; problems go into {@code diagnostics}. */
    static List<Scheme> read(YamlNode value, SchemeCatalogue builtIn, List<Diagnostic> diagnostics) {
        return new SettingsSchemes(builtIn, diagnostics).readAll(value);
    }

    private List<Scheme> readAll(YamlNode value) {
        if (value instanceof YamlNode.Scalar s && s.isNull()) {
            return List.of();
        }
        if (!(value instanceof YamlNode.Sequence list)) {
            error(value.location(), "'schemes' must be a list of schemes, found " + value.describe(),
                    "write each scheme as a list item: '- id: my-scheme' with name, premises, conclusion and questions");
            return List.of();
        }
        List<Scheme> schemes = new ArrayList<>();
        for (YamlNode item : list.items()) {
            readScheme(item).ifPresent(schemes::add);
        }
        return List.copyOf(schemes);
    }

    private Optional<Scheme> readScheme(YamlNode node) {
        Optional<YamlNode.Mapping> mapping = mapping(node, "a scheme", SCHEME_FIELDS);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Mapping m = mapping.get();
        complete = true;
        Optional<YamlNode.Scalar> idText = text(m, "id", "a scheme");
        String id = idText.map(YamlNode.Scalar::text).orElse("?");
        String where = "scheme '" + id + "'";
        idText.ifPresent(this::checkSchemeId);
        Optional<YamlNode.Scalar> name = text(m, "name", where);
        List<Scheme.PremiseRole> premises = list(m, "premises", where, item ->
                mapping(item, "a premise of " + where, ROLE_FIELDS).flatMap(role -> {
                    Optional<YamlNode.Scalar> roleId = text(role, "role", "a premise of " + where);
                    roleId.ifPresent(r -> wellFormed(r, "premise role"));
                    Optional<YamlNode.Scalar> says = text(role, "says", "a premise of " + where);
                    return roleId.isPresent() && says.isPresent()
                            ? Optional.of(new Scheme.PremiseRole(roleId.get().text(), says.get().text().strip()))
                            : Optional.empty();
                }));
        Optional<YamlNode.Scalar> conclusion = text(m, "conclusion", where);
        Set<String> questionIds = new HashSet<>();
        List<Scheme.CriticalQuestion> questions = list(m, "questions", where, item ->
                mapping(item, "a question of " + where, QUESTION_FIELDS).flatMap(question -> {
                    Optional<YamlNode.Scalar> questionId = text(question, "id", "a question of " + where);
                    questionId.ifPresent(q -> {
                        wellFormed(q, "question id");
                        if (!questionIds.add(q.text())) {
                            error(q.location(), where + " has two questions with the id '" + q.text() + "'",
                                    "a question's id is unique within its scheme; rename one");
                        }
                    });
                    Optional<YamlNode.Scalar> asks = text(question, "asks", "a question of " + where);
                    return questionId.isPresent() && asks.isPresent()
                            ? Optional.of(new Scheme.CriticalQuestion(questionId.get().text(), asks.get().text().strip()))
                            : Optional.empty();
                }));
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(new Scheme(id, name.orElseThrow().text().strip(), premises,
                conclusion.orElseThrow().text().strip(), questions));
    }

    private void checkSchemeId(YamlNode.Scalar id) {
        if (!wellFormed(id, "scheme id")) {
            complete = false;
        } else if (builtIn.find(id.text()).isPresent()) {
            error(id.location(), "scheme '" + id.text() + "' is already a built-in scheme ("
                            + builtIn.find(id.text()).get().name() + ")",
                    "give the repository's scheme an id of its own, or remove it to use the built-in one");
            complete = false;
        } else if (!schemeIds.add(id.text())) {
            error(id.location(), "two schemes have the id '" + id.text() + "'", "a scheme's id is unique; rename one");
            complete = false;
        }
    }

    private boolean wellFormed(YamlNode.Scalar id, String what) {
        if (Scheme.isWellFormedId(id.text())) {
            return true;
        }
        error(id.location(), "'" + id.text() + "' is not a valid " + what,
                "use lower-case letters and digits joined by single hyphens, e.g. 'motive-and-opportunity'");
        return false;
    }

    private Optional<YamlNode.Mapping> mapping(YamlNode node, String what, Set<String> allowed) {
        if (!(node instanceof YamlNode.Mapping m)) {
            error(node.location(), what + " must be a mapping with " + String.join(", ", sorted(allowed))
                    + ", found " + node.describe(), null);
            return Optional.empty();
        }
        for (YamlNode.Entry entry : m.entries()) {
            String field = entry.key().text();
            if (!allowed.contains(field)) {
                error(entry.key().location(), what + " has an unknown field '" + field + "'",
                        DidYouMean.hint(field, allowed).orElse("fields: " + String.join(", ", sorted(allowed))));
            }
        }
        return Optional.of(m);
    }

    /** A required non-blank text field; a missing or wrong one is reported and makes the scheme incomplete. */
    private Optional<YamlNode.Scalar> text(YamlNode.Mapping m, String field, String where) {
        Optional<YamlNode.Entry> entry = m.entry(field);
        if (entry.isEmpty()) {
            error(m.location(), where + " has no '" + field + "'", "add '" + field + ":'");
        } else if (!(entry.get().value() instanceof YamlNode.Scalar s) || s.isNull() || s.text().isBlank()) {
            error(entry.get().value().location(), where + " '" + field + "' must be a text, found "
                    + entry.get().value().describe(), null);
        } else {
            return Optional.of(s);
        }
        complete = false;
        return Optional.empty();
    }

    /** A required non-empty list; items that cannot be read are reported and make the scheme incomplete. */
    private <T> List<T> list(YamlNode.Mapping m, String field, String where, Function<YamlNode, Optional<T>> read) {
        Optional<YamlNode.Entry> entry = m.entry(field);
        if (entry.isEmpty()) {
            error(m.location(), where + " has no '" + field + "'", "add '" + field + ":' with a list");
        } else if (!(entry.get().value() instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            error(entry.get().value().location(), where + " '" + field + "' must be a list with at least one item, found "
                    + entry.get().value().describe(), null);
        } else {
            List<T> items = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                read.apply(item).ifPresentOrElse(items::add, () -> complete = false);
            }
            return items;
        }
        complete = false;
        return List.of();
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private void error(Location at, String message, String hint) {
        diagnostics.add(Diagnostic.error(RuleIds.SCHEMA, at, message, hint));
    }
}
