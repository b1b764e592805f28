package org.argmap.load;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Qualifier;
import org.argmap.model.Ref;
import org.argmap.model.RenderSettings;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.model.Unread;

/**
 * Reads the model from a {@link YamlNode} tree, reporting {@code schema} findings: unknown fields
 * (with did-you-mean), wrong types, missing required fields, bad ids. It keeps going after a
 * finding, dropping only the broken part, so one run shows as many problems as possible.
 */
final class MapReader {

    static final int FORMAT_VERSION = 1;
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final int MAX_ID_LENGTH = 64;

    static final Set<String> TOP_FIELDS = Set.of("argmap", "title", "source", "perspectives", "statements", "arguments", "expect",
            "render");
    static final Set<String> SOURCE_FIELDS = Set.of("title", "author", "publisher", "date", "url", "text");
    static final Set<String> PERSPECTIVE_FIELDS = Set.of("label", "description");
    static final Set<String> STATEMENT_FIELDS = Set.of("text", "kind", "supports", "attacks", "perspective", "quote", "title", "tags", "weight", "note",
            "implicit", "qualifier", "question");
    static final Set<String> QUALIFIER_FIELDS = Set.of("quote");
    static final Set<String> ARGUMENT_FIELDS = Set.of("kind", "premises", "conclusion", "scheme", "note", "quote", "question");
    static final Set<String> EXPECT_FIELDS = Set.of("accepted", "rejected", "undecided");
    static final Set<String> RENDER_FIELDS = Set.of("direction", "labels", "wrap", "theme", "evaluate");
    private static final Pattern DECIMAL_INTEGER = Pattern.compile("[-+]?[0-9]+");

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    /** Ids of statements and arguments written but not read, and the ids suggested for them. */
    private final Set<String> unreadIds = new HashSet<>();
    private boolean thesisMayBeUnread;

    private MapReader(String file) {
        this.file = file;
    }

    /**
     * The map as written. Each statement's effective kind is provisional here (the declared kind,
     * else {@link Kind#PREMISE}): inferring kinds needs the whole map, so the loader fills them in
     * afterwards.
     */
    record Result(Optional<ArgumentMap> map, List<Diagnostic> diagnostics) {
        Result {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    static Result read(String file, YamlNode root) {
        MapReader reader = new MapReader(file);
        Optional<ArgumentMap> map = reader.readTop(root);
        return new Result(map, reader.diagnostics);
    }

    private Optional<ArgumentMap> readTop(YamlNode root) {
        if (!(root instanceof YamlNode.Mapping top)) {
            error(root.location(), "a map file must be a mapping with 'argmap: 1' and 'statements:', found " + root.describe(),
                    "start the file with 'argmap: 1'");
            return Optional.empty();
        }
        checkFields(top, TOP_FIELDS, "the top level");
        Optional<YamlNode.Entry> versionEntry = top.entry("argmap");
        if (versionEntry.isEmpty()) {
            error(top.location(), "missing required field 'argmap' (the format version)", "add 'argmap: 1' as the first line");
        } else {
            YamlNode value = versionEntry.get().value();
            if (!(value instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.INTEGER) {
                error(value.location(), "'argmap' must be the integer 1, found " + value.describe(), "write 'argmap: 1'");
            } else if (!s.text().equals(String.valueOf(FORMAT_VERSION))) {
                error(value.location(), "unsupported format version " + s.text() + "; this argmap reads version " + FORMAT_VERSION,
                        "write 'argmap: 1'");
                return Optional.empty();
            }
        }
        Optional<Text> title = top.entry("title").flatMap(e -> string(e.value(), "'title'"));
        Source source = written(top, "source").map(this::readSource).orElse(Source.NONE);
        Map<String, Perspective> perspectives = new LinkedHashMap<>();
        IdSuggestions perspectiveIds = new IdSuggestions(keys(top, "perspectives"));
        top.entry("perspectives").ifPresent(e -> readKeyed(e.value(), "perspectives", perspectiveIds, (key, node) ->
                readPerspective(key, node).ifPresent(p -> perspectives.put(p.id(), p)), (key, node) -> { }));
        // statements and arguments share one set of ids, so a suggestion for either avoids both
        List<String> nodeKeys = new ArrayList<>(keys(top, "statements"));
        nodeKeys.addAll(keys(top, "arguments"));
        IdSuggestions nodeIds = new IdSuggestions(nodeKeys);
        Map<String, Statement> statements = new LinkedHashMap<>();
        Location statementsAt = top.location();
        Optional<YamlNode.Entry> statementsEntry = top.entry("statements");
        if (statementsEntry.isEmpty()) {
            error(top.location(), "missing required field 'statements'", "add a 'statements:' mapping with at least the thesis");
        } else {
            statementsAt = statementsEntry.get().key().location();
            YamlNode node = statementsEntry.get().value();
            readKeyed(node, "statements", nodeIds, (key, value) -> readStatement(key, value).ifPresentOrElse(
                    s -> statements.put(s.id(), s), () -> unreadStatement(key, value)), this::unreadStatement);
            if (node instanceof YamlNode.Mapping m && m.entries().isEmpty()
                    || node instanceof YamlNode.Scalar s && s.isNull()) {
                error(statementsAt, "'statements' is empty; a map needs at least one statement", "add the thesis");
            }
        }
        Map<String, Argument> arguments = new LinkedHashMap<>();
        top.entry("arguments").ifPresent(e -> readKeyed(e.value(), "arguments", nodeIds, (key, node) ->
                readArgument(key, node).ifPresentOrElse(a -> arguments.put(a.id(), a), () -> unreadIds.add(key.text())),
                (key, node) -> { }));
        Expectations expect = written(top, "expect").map(this::readExpect).orElse(Expectations.NONE);
        RenderSettings render = written(top, "render").map(this::readRender).orElse(RenderSettings.NONE);
        return Optional.of(new ArgumentMap(file, FORMAT_VERSION, title, source, perspectives, statements, arguments, expect,
                statementsAt, render, new Unread(unreadIds, thesisMayBeUnread)));
    }

    /** The keys written in a top-level mapping, for suggesting ids that are free. */
    private static List<String> keys(YamlNode.Mapping top, String name) {
        return top.entry(name).map(YamlNode.Entry::value)
                .filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
                .map(m -> m.entries().stream().map(e -> e.key().text()).toList())
                .orElse(List.of());
    }

    /**
     * Notes a statement the loader dropped. It may be the thesis unless its {@code kind} says it is
     * another kind, so "no thesis" is not reported on top of the loader's finding.
     */
    private void unreadStatement(YamlNode.Scalar key, YamlNode body) {
        unreadIds.add(key.text());
        Optional<Kind> kind = body instanceof YamlNode.Mapping m
                ? m.entry("kind").map(YamlNode.Entry::value)
                        .filter(YamlNode.Scalar.class::isInstance).map(v -> ((YamlNode.Scalar) v).text())
                        .flatMap(Kind::fromWord)
                : Optional.empty();
        if (kind.isEmpty() || kind.get() == Kind.THESIS) {
            thesisMayBeUnread = true;
        }
    }

    private Source readSource(YamlNode node) {
        Optional<YamlNode.Mapping> mapping = mapping(node, "'source'");
        if (mapping.isEmpty()) {
            return Source.NONE;
        }
        YamlNode.Mapping m = mapping.get();
        checkFields(m, SOURCE_FIELDS, "'source'");
        return new Source(field(m, "title", "source"), field(m, "author", "source"), field(m, "publisher", "source"),
                field(m, "date", "source"), field(m, "url", "source"), field(m, "text", "source"));
    }

    private Optional<Perspective> readPerspective(YamlNode.Scalar key, YamlNode node) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.of(new Perspective(key.text(), key.location(), Optional.empty(), Optional.empty()));
        }
        Optional<YamlNode.Mapping> mapping = mapping(node, "perspective '" + key.text() + "'");
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Mapping m = mapping.get();
        checkFields(m, PERSPECTIVE_FIELDS, "perspective '" + key.text() + "'");
        String owner = "perspective '" + key.text() + "'";
        return Optional.of(new Perspective(key.text(), key.location(), field(m, "label", owner), field(m, "description", owner)));
    }

    private Optional<Statement> readStatement(YamlNode.Scalar key, YamlNode node) {
        String owner = "statement '" + key.text() + "'";
        if (node instanceof YamlNode.Scalar s && !s.isNull()) {
            error(node.location(), owner + " must be a mapping with at least 'text', found " + node.describe(),
                    "indent the claim under 'text:' on the next line, e.g. 'text: " + abbreviate(s.text()) + "'");
            return Optional.empty();
        }
        YamlNode.Mapping m = node instanceof YamlNode.Mapping mm ? mm
                : node instanceof YamlNode.Scalar ? new YamlNode.Mapping(List.of(), key.location()) : null;
        if (m == null) {
            error(node.location(), owner + " must be a mapping, found " + node.describe(), null);
            return Optional.empty();
        }
        checkFields(m, STATEMENT_FIELDS, owner);
        Optional<Text> text = field(m, "text", owner);
        Text statementText;
        if (text.isEmpty()) {
            Optional<YamlNode.Entry> written = m.entry("text");
            if (written.isEmpty()) {
                error(key.location(), owner + " has no 'text'", "add 'text:' with the claim in one sentence");
            } else if (written.get().value() instanceof YamlNode.Scalar) {
                error(written.get().key().location(), owner + " has an empty 'text'", "write the claim in one sentence");
            }
            statementText = new Text("", key.location());
        } else if (text.get().value().isBlank()) {
            error(text.get().location(), owner + " has a blank 'text'", "write the claim in one sentence");
            statementText = text.get();
        } else {
            statementText = text.get();
        }
        Optional<Text> kind = field(m, "kind", owner);
        kind.ifPresent(k -> {
            if (Kind.fromWord(k.value()).isEmpty()) {
                error(k.location(), owner + " has unknown kind '" + k.value() + "'",
                        DidYouMean.hint(k.value(), kindWords()).orElse("use thesis, premise, counterpoint or rebuttal"));
            }
        });
        List<Ref> supports = m.entry("supports").map(e -> refs(e.value(), owner + " 'supports'")).orElse(List.of());
        List<Ref> attacks = m.entry("attacks").map(e -> refs(e.value(), owner + " 'attacks'")).orElse(List.of());
        Optional<Ref> perspective = field(m, "perspective", owner).map(t -> new Ref(t.value(), t.location()));
        List<Text> quotes = m.entry("quote").map(e -> strings(e.value(), owner + " 'quote'")).orElse(List.of());
        Optional<Text> title = field(m, "title", owner);
        List<Text> tags = m.entry("tags").map(e -> strings(e.value(), owner + " 'tags'")).orElse(List.of());
        double weight = Statement.DEFAULT_WEIGHT;
        Optional<Location> weightAt = Optional.empty();
        Optional<YamlNode.Entry> weightEntry = m.entry("weight");
        if (weightEntry.isPresent()) {
            YamlNode value = weightEntry.get().value();
            weightAt = Optional.of(value.location());
            if (value instanceof YamlNode.Scalar s
                    && (s.type() == YamlNode.ScalarType.INTEGER || s.type() == YamlNode.ScalarType.FLOAT)) {
                double w = parseNumber(s.text());
                if (!(w >= 0 && w <= 1)) {
                    error(value.location(), owner + " has weight " + s.text() + ", outside [0, 1]",
                            "a weight is a base score between 0 and 1; 0.5 is the default");
                } else {
                    weight = w;
                }
            } else {
                error(value.location(), owner + " 'weight' must be a number in [0, 1], found " + value.describe(),
                        "write e.g. 'weight: 0.7' without quotes");
            }
        }
        Optional<Text> note = field(m, "note", owner);
        Optional<Location> implicitAt = m.entry("implicit")
                .flatMap(e -> readFlag(owner + " 'implicit'", "implicit", e.value()))
                .filter(RenderSettings.Flag::on).map(RenderSettings.Flag::location);
        Optional<Qualifier> qualifier = written(m, "qualifier").flatMap(v -> readQualifier(v, owner));
        Kind provisional = kind.flatMap(k -> Kind.fromWord(k.value())).orElse(Kind.PREMISE);
        return Optional.of(new Statement(key.text(), key.location(), statementText, kind, provisional, supports, attacks,
                perspective, quotes, title, tags, weight, weightAt, note, implicitAt, qualifier, questions(m, owner)));
    }

    private Optional<Argument> readArgument(YamlNode.Scalar key, YamlNode node) {
        String owner = "argument '" + key.text() + "'";
        Optional<YamlNode.Mapping> mapping = mapping(node, owner);
        if (mapping.isEmpty()) {
            return Optional.empty();
        }
        YamlNode.Mapping m = mapping.get();
        checkFields(m, ARGUMENT_FIELDS, owner);
        boolean complete = true;
        Optional<Text> kindText = field(m, "kind", owner);
        Optional<ArgumentKind> kind = kindText.flatMap(k -> ArgumentKind.fromWord(k.value()));
        if (kindText.isEmpty()) {
            requiredMissing(m, "kind", key, owner, "add 'kind: support' or 'kind: attack'");
            complete = false;
        } else if (kind.isEmpty()) {
            error(kindText.get().location(), owner + " has unknown kind '" + kindText.get().value() + "'",
                    DidYouMean.hint(kindText.get().value(), List.of("support", "attack")).orElse("use support or attack"));
            complete = false;
        }
        List<Ref> premises = m.entry("premises").map(e -> refs(e.value(), owner + " 'premises'")).orElse(List.of());
        if (m.entry("premises").isEmpty()) {
            error(key.location(), owner + " has no 'premises'", "add 'premises: [id, id]' with the statements that together make the argument");
            complete = false;
        } else if (premises.isEmpty()) {
            error(m.entry("premises").get().value().location(), owner + " has an empty 'premises' list", "name at least one premise");
            complete = false;
        }
        Optional<Text> conclusion = field(m, "conclusion", owner);
        if (conclusion.isEmpty()) {
            requiredMissing(m, "conclusion", key, owner, "add 'conclusion: id' with the statement or argument it supports or attacks");
            complete = false;
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(new Argument(key.text(), key.location(), kind.get(), kindText.get().location(), premises,
                new Ref(conclusion.get().value(), conclusion.get().location()), field(m, "scheme", owner), field(m, "note", owner),
                m.entry("quote").map(e -> strings(e.value(), owner + " 'quote'")).orElse(List.of()), questions(m, owner)));
    }

    /** {@code question:}, one critical question id or a list of them; whether they fit is the checker's to say. */
    private List<Text> questions(YamlNode.Mapping m, String owner) {
        return m.entry("question").map(e -> strings(e.value(), owner + " 'question'")).orElse(List.of());
    }

    private Expectations readExpect(YamlNode node) {
        Optional<YamlNode.Mapping> mapping = mapping(node, "'expect'");
        if (mapping.isEmpty()) {
            return Expectations.NONE;
        }
        YamlNode.Mapping m = mapping.get();
        checkFields(m, EXPECT_FIELDS, "'expect'");
        return new Expectations(
                m.entry("accepted").map(e -> refs(e.value(), "'expect' 'accepted'")).orElse(List.of()),
                m.entry("rejected").map(e -> refs(e.value(), "'expect' 'rejected'")).orElse(List.of()),
                m.entry("undecided").map(e -> refs(e.value(), "'expect' 'undecided'")).orElse(List.of()));
    }

    private RenderSettings readRender(YamlNode node) {
        Optional<YamlNode.Mapping> mapping = mapping(node, "'render'");
        if (mapping.isEmpty()) {
            return RenderSettings.NONE;
        }
        YamlNode.Mapping m = mapping.get();
        checkFields(m, RENDER_FIELDS, "'render'");
        return new RenderSettings(
                word(m, "direction", RenderSettings.DIRECTIONS, "TB puts the thesis at the top, LR at the left"),
                word(m, "labels", RenderSettings.LABELS, "title shows only titles, text only the full text"),
                written(m, "wrap").flatMap(this::readWrap),
                word(m, "theme", RenderSettings.THEMES, null),
                m.entry("evaluate").flatMap(e -> readFlag("'render' 'evaluate'", "evaluate", e.value())));
    }

    /**
     * A qualifier: a string is the analyst's wording; a mapping with {@code quote} is the source's
     * own words, which the checker looks for in the source text.
     */
    private Optional<Qualifier> readQualifier(YamlNode value, String owner) {
        String what = owner + " 'qualifier'";
        if (value instanceof YamlNode.Mapping m) {
            checkFields(m, QUALIFIER_FIELDS, what);
            Optional<Text> quote = field(m, "quote", what);
            String hint = "write 'qualifier: {quote: almost certainly}' with the source's words, or 'qualifier: almost certainly'";
            Optional<YamlNode.Entry> written = m.entry("quote");
            if (written.isEmpty()) {
                error(value.location(), what + " has no 'quote'", hint);
            } else if (quote.isEmpty() && written.get().value() instanceof YamlNode.Scalar) {
                error(written.get().key().location(), what + " has an empty 'quote'", hint);
            }
            return quote.map(q -> new Qualifier(q, true));
        }
        return string(value, what).map(t -> new Qualifier(t, false));
    }

    /**
     * {@code true} or {@code false} without quotes; an empty value counts as not written.
     *
     * @param what how messages name the field, e.g. {@code 'render' 'evaluate'}
     */
    private Optional<RenderSettings.Flag> readFlag(String what, String name, YamlNode value) {
        if (value instanceof YamlNode.Scalar s && s.isNull()) {
            return Optional.empty();
        }
        String hint = "write '" + name + ": true' or '" + name + ": false'";
        if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            String word = s.text().toLowerCase(Locale.ROOT);
            if (word.equals("true") || word.equals("false")) {
                return Optional.of(new RenderSettings.Flag(word.equals("true"), s.location()));
            }
            // YAML 1.1 words such as yes and off: editors reading YAML 1.2 take them for strings
            error(s.location(), what + " must be true or false, found '" + abbreviate(s.text()) + "'", hint);
            return Optional.empty();
        }
        boolean quoted = value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING;
        error(value.location(), what + " must be true or false, found " + shown(value),
                quoted ? hint + ", without quotes" : hint);
        return Optional.empty();
    }

    /** One of a fixed set of words, spelt exactly; an empty value counts as not written. */
    private Optional<Text> word(YamlNode.Mapping m, String name, List<String> words, String fallbackHint) {
        Optional<Text> value = field(m, name, "'render'");
        if (value.isEmpty() || words.contains(value.get().value())) {
            return value;
        }
        String written = value.get().value();
        Optional<String> sameButCase = words.stream().filter(w -> w.equalsIgnoreCase(written.strip())).findFirst();
        String hint = sameButCase.map(w -> "did you mean '" + w + "'?")
                .or(() -> DidYouMean.hint(written, words))
                .orElse(fallbackHint);
        error(value.get().location(), "'render' '" + name + "' must be " + oneOf(words) + ", found '" + abbreviate(written) + "'",
                hint);
        return Optional.empty();
    }

    private Optional<RenderSettings.Wrap> readWrap(YamlNode value) {
        String range = RenderSettings.MIN_WRAP + " to " + RenderSettings.MAX_WRAP;
        if (!(value instanceof YamlNode.Scalar s) || s.type() != YamlNode.ScalarType.INTEGER) {
            error(value.location(), "'render' 'wrap' must be a whole number from " + range + ", found " + shown(value),
                    "write e.g. 'wrap: 30' without quotes: the most characters on a line of statement text");
            return Optional.empty();
        }
        if (!DECIMAL_INTEGER.matcher(s.text()).matches()) {
            error(value.location(), "'render' 'wrap' " + s.text() + " is not written in decimal", "write e.g. 'wrap: 30'");
            return Optional.empty();
        }
        BigInteger columns = new BigInteger(s.text());
        if (columns.compareTo(BigInteger.valueOf(RenderSettings.MIN_WRAP)) < 0
                || columns.compareTo(BigInteger.valueOf(RenderSettings.MAX_WRAP)) > 0) {
            error(value.location(), "'render' 'wrap' is " + s.text() + ", outside " + range,
                    "choose a line width from " + range + " characters, or leave 'wrap' out for the default");
            return Optional.empty();
        }
        return Optional.of(new RenderSettings.Wrap(columns.intValueExact(), value.location()));
    }

    /** A value for a message: a number as written, a string quoted and named, anything else described. */
    private static String shown(YamlNode value) {
        if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING) {
            return "the string '" + abbreviate(s.text()) + "'";
        }
        if (value instanceof YamlNode.Scalar s
                && (s.type() == YamlNode.ScalarType.FLOAT || s.type() == YamlNode.ScalarType.INTEGER)) {
            return abbreviate(s.text());
        }
        return value.describe();
    }

    // --- helpers -------------------------------------------------------------------------------

    private interface EntryReader {
        void read(YamlNode.Scalar key, YamlNode value);
    }

    /**
     * A mapping keyed by id; bad ids are reported and their entries skipped, handed to
     * {@code unreadable} instead.
     */
    private void readKeyed(YamlNode node, String what, IdSuggestions ids, EntryReader reader, EntryReader unreadable) {
        if (node instanceof YamlNode.Scalar s && s.isNull()) {
            return;
        }
        Optional<YamlNode.Mapping> mapping = mapping(node, "'" + what + "'");
        mapping.ifPresent(m -> m.entries().forEach(e -> {
            if (validId(e.key(), ids)) {
                reader.read(e.key(), e.value());
            } else {
                unreadable.read(e.key(), e.value());
            }
        }));
    }

    private boolean validId(YamlNode.Scalar key, IdSuggestions ids) {
        String id = key.text();
        if (id.length() > MAX_ID_LENGTH) {
            error(key.location(), "id '" + abbreviate(id) + "' is longer than " + MAX_ID_LENGTH + " characters", "use a shorter id");
            return false;
        }
        if (!ID.matcher(id).matches()) {
            Optional<String> suggestion = ids.suggest(id);
            suggestion.ifPresent(unreadIds::add);
            error(key.location(), "id '" + id + "' is not lower-case kebab case ([a-z0-9][a-z0-9-]*)",
                    suggestion.map(s -> "write it as '" + s + "'").orElseGet(() -> IdSuggestions.withoutSuggestion(id)));
            return false;
        }
        return true;
    }

    /** Reports a required field that is absent or written empty (a wrong type is reported elsewhere). */
    private void requiredMissing(YamlNode.Mapping m, String name, YamlNode.Scalar key, String owner, String hint) {
        Optional<YamlNode.Entry> written = m.entry(name);
        if (written.isEmpty()) {
            error(key.location(), owner + " has no '" + name + "'", hint);
        } else if (written.get().value() instanceof YamlNode.Scalar) {
            error(written.get().key().location(), owner + " has an empty '" + name + "'", hint);
        }
    }

    private void checkFields(YamlNode.Mapping m, Set<String> allowed, String owner) {
        for (YamlNode.Entry e : m.entries()) {
            String name = e.key().text();
            if (!allowed.contains(name)) {
                error(e.key().location(), "unknown field '" + name + "' in " + owner,
                        DidYouMean.hint(name, allowed).orElse("allowed here: " + String.join(", ", allowed.stream().sorted().toList())));
            }
        }
    }

    /** The value of a field, unless it is absent or written empty ({@code ~}, {@code null}): both count as not written. */
    private static Optional<YamlNode> written(YamlNode.Mapping m, String name) {
        return m.entry(name).map(YamlNode.Entry::value).filter(v -> !(v instanceof YamlNode.Scalar s && s.isNull()));
    }

    private Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping m) {
            return Optional.of(m);
        }
        error(node.location(), what + " must be a mapping, found " + node.describe(), null);
        return Optional.empty();
    }

    private Optional<Text> field(YamlNode.Mapping m, String name, String owner) {
        return m.entry(name).flatMap(e -> string(e.value(), owner + " '" + name + "'"));
    }

    /** Any scalar reads as its text as written, so {@code title: 1984} is the string "1984". */
    private Optional<Text> string(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s) {
            return s.isNull() ? Optional.empty() : Optional.of(new Text(s.text(), s.location()));
        }
        error(node.location(), what + " must be a string, found " + node.describe(), null);
        return Optional.empty();
    }

    /** A string or a list of strings. */
    private List<Text> strings(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence seq) {
            List<Text> out = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                string(item, what + " item").ifPresent(out::add);
            }
            return out;
        }
        return string(node, what).map(List::of).orElse(List.of());
    }

    /** One id or a list of ids. */
    private List<Ref> refs(YamlNode node, String what) {
        return strings(node, what).stream().map(t -> new Ref(t.value(), t.location())).toList();
    }

    private void error(Location at, String message, String hint) {
        diagnostics.add(Diagnostic.error(RuleIds.SCHEMA, at, message, hint));
    }

    /** YAML numbers as Java reads them; NaN for forms it does not ({@code .inf}, {@code 0x1}, {@code 1_0}). */
    private static double parseNumber(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static List<String> kindWords() {
        return java.util.Arrays.stream(Kind.values()).map(Kind::word).toList();
    }

    /** "a, b or c". */
    private static String oneOf(List<String> words) {
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
