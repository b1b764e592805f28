package org.argmap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.RenderSettings;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * A map as an Argdown document (Argdown 1.7.5, loose mode) that Argdown's parser reads with no
 * error and that {@code load.ArgdownImporter} turns back into the same map.
 *
 * <p>Each statement is {@code [id]: text}: ids are valid Argdown titles as they are, so titles never
 * collide and the importer gets the ids back unchanged. Its supports and attacks follow as
 * {@code +>} and {@code ->} to a statement, {@code +>} and {@code _>} (undercut) to an argument. An
 * argument is a premise-conclusion structure under {@code <id>}; a support of a statement concludes
 * in that statement, anything else (an attack, a conclusion that is an argument) concludes in a
 * stand-in statement whose one relation says what the argument does, marked
 * {@code "conclusionOf"} so the importer folds it away. Perspectives are headings, which Argdown
 * draws as groups.
 *
 * <p>Everything Argdown has no syntax for travels in data blocks under the key {@code argmap}: per
 * statement its title, kind, perspective, quotes, tags, weight, note, implicit, qualifier and
 * questions (and its text when the one-line escaped form would change it); per argument its scheme,
 * note, quotes and questions; and in the front matter the map's title, source, perspectives,
 * expectations and drawing settings. Data blocks are JSON written on one line with every character
 * outside a small safe set as a {@code \\uXXXX} escape, which YAML reads back and Argdown's lexer
 * never mistakes for syntax.
 */
public final class ArgdownWriter {

    /** The key of every data block this writer adds. */
    public static final String DATA_KEY = "argmap";
    /** The data field that marks the stand-in conclusion of an argument. */
    public static final String CONCLUSION_OF = "conclusionOf";

    private ArgdownWriter() {
    }

    /** The Argdown document for {@code map}. */
    public static String write(ArgumentMap map) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        sections.put(null, new StringBuilder());
        map.perspectives().keySet().forEach(id -> sections.put(id, new StringBuilder()));
        for (Statement statement : map.statements().values()) {
            statement(sections.get(perspectiveOf(map, statement).orElse(null)), map, statement);
        }
        for (Argument argument : map.arguments().values()) {
            argument(sections.get(perspectiveOf(map, argument).orElse(null)), map, argument);
        }
        StringBuilder out = new StringBuilder(frontMatter(map)).append('\n').append(sections.get(null));
        for (Perspective perspective : map.perspectives().values()) {
            StringBuilder body = sections.get(perspective.id());
            if (!body.isEmpty()) {
                out.append("# ").append(escape(perspective.displayName())).append("\n\n").append(body);
            }
        }
        return out.toString();
    }

    private static String frontMatter(ArgumentMap map) {
        Json data = new Json();
        data.field("version", String.valueOf(map.version()));
        map.title().ifPresent(t -> data.string("title", t.value()));
        Source source = map.source();
        Json src = new Json();
        source.title().ifPresent(t -> src.string("title", t.value()));
        source.author().ifPresent(t -> src.string("author", t.value()));
        source.publisher().ifPresent(t -> src.string("publisher", t.value()));
        source.date().ifPresent(t -> src.string("date", t.value()));
        source.url().ifPresent(t -> src.string("url", t.value()));
        source.text().ifPresent(t -> src.string("text", t.value()));
        data.object("source", src);
        Json perspectives = new Json();
        for (Perspective perspective : map.perspectives().values()) {
            Json one = new Json();
            perspective.label().ifPresent(t -> one.string("label", t.value()));
            perspective.description().ifPresent(t -> one.string("description", t.value()));
            perspectives.field(perspective.id(), one.toString());
        }
        data.object("perspectives", perspectives);
        Expectations expect = map.expect();
        Json expected = new Json();
        expected.refs("accepted", expect.accepted());
        expected.refs("rejected", expect.rejected());
        expected.refs("undecided", expect.undecided());
        data.object("expect", expected);
        RenderSettings render = map.render();
        Json drawing = new Json();
        render.direction().ifPresent(t -> drawing.string("direction", t.value()));
        render.labels().ifPresent(t -> drawing.string("labels", t.value()));
        render.wrap().ifPresent(w -> drawing.field("wrap", String.valueOf(w.columns())));
        render.theme().ifPresent(t -> drawing.string("theme", t.value()));
        render.evaluate().ifPresent(f -> drawing.field("evaluate", String.valueOf(f.on())));
        data.object("render", drawing);
        // Argdown lists statements in the order they are first mentioned, which a relation can change
        data.strings("statements", List.copyOf(map.statements().keySet()));
        data.strings("arguments", List.copyOf(map.arguments().keySet()));
        StringBuilder out = new StringBuilder("===\n");
        map.title().ifPresent(t -> out.append("title: ").append(Json.quote(oneLine(t.value()))).append('\n'));
        return out.append("model:\n    mode: loose\n").append(DATA_KEY).append(": ").append(data).append("\n===\n")
                .toString();
    }

    private static void statement(StringBuilder out, ArgumentMap map, Statement statement) {
        Json data = new Json();
        String text = statement.text().value();
        if (!oneLine(text).equals(text)) {
            data.string("text", text);
        }
        statement.title().ifPresent(t -> data.string("title", t.value()));
        statement.declaredKind().ifPresent(t -> data.string("kind", t.value()));
        statement.perspective().ifPresent(r -> data.string("perspective", r.id()));
        data.texts("quotes", statement.quotes());
        data.texts("tags", statement.tags());
        if (statement.weightLocation().isPresent()) {
            data.field("weight", String.valueOf(statement.weight()));
        }
        statement.note().ifPresent(t -> data.string("note", t.value()));
        if (statement.implicit()) {
            data.field("implicit", "true");
        }
        statement.qualifier().ifPresent(q -> {
            data.string("qualifier", q.text().value());
            if (q.quoted()) {
                data.field("qualifierQuoted", "true");
            }
        });
        data.texts("questions", statement.questions());
        out.append('[').append(statement.id()).append("]: ").append(escape(text)).append(data.block()).append('\n');
        for (Ref target : statement.supports()) {
            relation(out, map, "+>", "+>", target);
        }
        for (Ref target : statement.attacks()) {
            relation(out, map, "->", "_>", target);
        }
        out.append('\n');
    }

    private static void argument(StringBuilder out, ArgumentMap map, Argument argument) {
        Json data = new Json();
        argument.scheme().ifPresent(t -> data.string("scheme", t.value()));
        argument.note().ifPresent(t -> data.string("note", t.value()));
        data.texts("quotes", argument.quotes());
        data.texts("questions", argument.questions());
        out.append('<').append(argument.id()).append('>').append(data.block()).append("\n\n");
        int number = 1;
        List<String> unwritable = new ArrayList<>();
        for (Ref premise : argument.premises()) {
            if (map.statements().containsKey(premise.id())) {
                out.append('(').append(number++).append(") [").append(premise.id()).append("]\n");
            } else {
                unwritable.add(premise.id());
            }
        }
        out.append("----\n");
        String conclusion = argument.conclusion().id();
        if (argument.kind() == ArgumentKind.SUPPORT && map.statements().containsKey(conclusion)) {
            out.append('(').append(number).append(") [").append(conclusion).append("]\n");
        } else {
            Json standIn = new Json();
            standIn.string(CONCLUSION_OF, argument.id());
            out.append('(').append(number).append(") ")
                    .append(escape("The premises of " + argument.id() + " together " + argument.kind().word() + " "
                            + conclusion + "."))
                    .append(standIn.block()).append('\n');
            boolean support = argument.kind() == ArgumentKind.SUPPORT;
            relation(out, map, support ? "+>" : "->", support ? "+>" : "_>", argument.conclusion());
        }
        if (!unwritable.isEmpty()) {
            // a premise that names no statement is an error `check` reports; Argdown cannot refer to it
            out.append("// premises that name no statement: ").append(String.join(", ", unwritable)).append('\n');
        }
        out.append('\n');
    }

    /** One outgoing relation line; a target that names nothing is written as a comment. */
    private static void relation(StringBuilder out, ArgumentMap map, String toStatement, String toArgument, Ref target) {
        if (map.statements().containsKey(target.id())) {
            out.append("  ").append(toStatement).append(" [").append(target.id()).append("]\n");
        } else if (map.arguments().containsKey(target.id())) {
            out.append("  ").append(toArgument).append(" <").append(target.id()).append(">\n");
        } else {
            out.append("  // ").append(toStatement).append(" ").append(escape(target.id()))
                    .append(" (names no statement or argument)\n");
        }
    }

    private static Optional<String> perspectiveOf(ArgumentMap map, Statement statement) {
        return statement.perspective().map(Ref::id).filter(map.perspectives()::containsKey);
    }

    /** The perspective an argument is drawn in, as argmap draws it: the one all its premises are in, if any. */
    public static Optional<String> perspectiveOf(ArgumentMap map, Argument argument) {
        List<Optional<String>> perspectives = new ArrayList<>();
        for (Ref premise : argument.premises()) {
            Optional<String> perspective = Optional.ofNullable(map.statements().get(premise.id()))
                    .flatMap(statement -> perspectiveOf(map, statement));
            if (!perspectives.contains(perspective)) {
                perspectives.add(perspective);
            }
        }
        return perspectives.size() == 1 ? perspectives.get(0) : Optional.empty();
    }

    /** Text on one line: Argdown ends a statement at a line break. */
    static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\u000b\\f\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /**
     * Text Argdown reads back as written: a backslash before each character its syntax gives a
     * meaning anywhere in a line (comments, tags, mentions, emphasis, titles, data), before a
     * {@code /} that starts a comment, and before a {@code .} or {@code :} that appears again later
     * in the same run of non-space characters (symbols such as {@code :smile:} and {@code .~.}).
     */
    public static String escape(String text) {
        String line = oneLine(text);
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean special = switch (c) {
                case '\\', '@', '#', '*', '_', '[', ']', '<', '>', '{', '}' -> true;
                case '/' -> i + 1 < line.length() && (line.charAt(i + 1) == '/' || line.charAt(i + 1) == '*');
                case '.', ':' -> appearsLaterInWord(line, i);
                default -> false;
            };
            if (special) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean appearsLaterInWord(String line, int at) {
        for (int i = at + 1; i < line.length() && !Character.isWhitespace(line.charAt(i)); i++) {
            if (line.charAt(i) == line.charAt(at)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON object written on one line, fields in the order added, empty values left out. */
    private static final class Json {
        private final List<String> fields = new ArrayList<>();

        void field(String name, String json) {
            fields.add(quote(name) + ": " + json);
        }

        void string(String name, String value) {
            field(name, quote(value));
        }

        void object(String name, Json value) {
            if (!value.fields.isEmpty()) {
                field(name, value.toString());
            }
        }

        void texts(String name, List<Text> values) {
            strings(name, values.stream().map(Text::value).toList());
        }

        void refs(String name, List<Ref> values) {
            strings(name, values.stream().map(Ref::id).toList());
        }

        void strings(String name, List<String> values) {
            if (!values.isEmpty()) {
                field(name, "[" + String.join(", ", values.stream().map(Json::quote).toList()) + "]");
            }
        }

        /** The data block after a statement or argument: empty when there is nothing to carry. */
        String block() {
            return fields.isEmpty() ? "" : " {" + quote(DATA_KEY) + ": " + this + "}";
        }

        @Override
        public String toString() {
            return "{" + String.join(", ", fields) + "}";
        }

        /**
         * A JSON string that is also a YAML double-quoted scalar, with every character outside
         * letters, digits, space and plain punctuation as a {@code \\uXXXX} escape, so no character
         * of the value can look like Argdown syntax to its lexer.
         */
        static String quote(String value) {
            StringBuilder out = new StringBuilder(value.length() + 2).append('"');
            value.chars().forEach(c -> {
                if (Character.isLetterOrDigit(c) || " .,;?!'()-+=%$".indexOf(c) >= 0) {
                    out.append((char) c);
                } else {
                    out.append(String.format("\\u%04x", c));
                }
            });
            return out.append('"').toString();
        }
    }
}
