package org.argmap.load.interchange;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.RenderSettings;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * Writes a map as a format-1 YAML file, the one form every import ends in: keys in the order
 * docs/format.md lists them, two-space indentation, LF line ends, and every text in double quotes
 * with YAML's escapes. Quoting every text is the point: a generic YAML writer that quotes only
 * when it must writes {@code 2004-09-01}, {@code yes} or {@code 1.0} bare, which a YAML 1.1 reader
 * takes for a date, a boolean or a number. Ids are written bare only when no YAML reader could
 * take them for anything but a string (a letter first, not a word such as {@code no} or
 * {@code null}), else quoted too.
 *
 * <p>The statement's effective kind is written only when it was declared (an import declares the
 * thesis; the check infers the rest), and the weight only when it was written.
 */
public final class MapYamlWriter {

    private static final Pattern BARE_ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** Words YAML 1.1 reads as booleans or null, which an id must not be written as bare. */
    private static final Set<String> YAML_WORDS =
            Set.of("y", "n", "yes", "no", "on", "off", "true", "false", "null");

    private MapYamlWriter() {
    }

    /** The map as YAML text, ending in a line break. */
    public static String write(ArgumentMap map) {
        StringBuilder out = new StringBuilder();
        out.append("argmap: 1\n");
        text(out, "", "title", map.title());
        source(out, map.source());
        if (!map.perspectives().isEmpty()) {
            out.append("\nperspectives:\n");
            for (Perspective perspective : map.perspectives().values()) {
                boolean empty = perspective.label().isEmpty() && perspective.description().isEmpty();
                out.append("  ").append(id(perspective.id())).append(empty ? ": {}\n" : ":\n");
                text(out, "    ", "label", perspective.label());
                text(out, "    ", "description", perspective.description());
            }
        }
        out.append("\nstatements:\n");
        boolean first = true;
        for (Statement statement : map.statements().values()) {
            out.append(first ? "" : "\n");
            first = false;
            statement(out, statement);
        }
        if (!map.arguments().isEmpty()) {
            out.append("\narguments:\n");
            first = true;
            for (Argument argument : map.arguments().values()) {
                out.append(first ? "" : "\n");
                first = false;
                argument(out, argument);
            }
        }
        expect(out, map);
        render(out, map.render());
        return out.toString();
    }

    private static void source(StringBuilder out, Source source) {
        if (source.equals(Source.NONE)) {
            return;
        }
        out.append("source:\n");
        text(out, "  ", "title", source.title());
        text(out, "  ", "author", source.author());
        text(out, "  ", "publisher", source.publisher());
        text(out, "  ", "date", source.date());
        text(out, "  ", "url", source.url());
        text(out, "  ", "text", source.text());
    }

    private static void statement(StringBuilder out, Statement statement) {
        String in = "    ";
        out.append("  ").append(id(statement.id())).append(":\n");
        statement.declaredKindValue().ifPresent(kind -> out.append(in).append("kind: ").append(kind.word()).append('\n'));
        text(out, in, "title", statement.title());
        out.append(in).append("text: ").append(quoted(statement.text().value())).append('\n');
        statement.qualifier().ifPresent(qualifier -> out.append(in).append("qualifier: ")
                .append(qualifier.quoted() ? "{quote: " + quoted(qualifier.text().value()) + "}"
                        : quoted(qualifier.text().value()))
                .append('\n'));
        if (statement.implicit()) {
            out.append(in).append("implicit: true\n");
        }
        statement.perspective().ifPresent(p -> out.append(in).append("perspective: ").append(id(p.id())).append('\n'));
        ids(out, in, "supports", statement.supports());
        ids(out, in, "attacks", statement.attacks());
        if (!statement.questions().isEmpty()) {
            ids(out, in, "question", statement.questions().stream().map(Text::value).toList());
        }
        texts(out, in, "quote", statement.quotes());
        texts(out, in, "tags", statement.tags());
        if (statement.weightLocation().isPresent()) {
            out.append(in).append("weight: ").append(number(statement.weight())).append('\n');
        }
        text(out, in, "note", statement.note());
    }

    private static void argument(StringBuilder out, Argument argument) {
        String in = "    ";
        out.append("  ").append(id(argument.id())).append(":\n");
        out.append(in).append("kind: ").append(argument.kind().word()).append('\n');
        ids(out, in, "premises", argument.premises());
        out.append(in).append("conclusion: ").append(id(argument.conclusion().id())).append('\n');
        text(out, in, "scheme", argument.scheme());
        if (!argument.questions().isEmpty()) {
            ids(out, in, "question", argument.questions().stream().map(Text::value).toList());
        }
        texts(out, in, "quote", argument.quotes());
        text(out, in, "note", argument.note());
    }

    private static void expect(StringBuilder out, ArgumentMap map) {
        var expect = map.expect();
        if (expect.accepted().isEmpty() && expect.rejected().isEmpty() && expect.undecided().isEmpty()) {
            return;
        }
        out.append("\nexpect:\n");
        ids(out, "  ", "accepted", expect.accepted());
        ids(out, "  ", "rejected", expect.rejected());
        ids(out, "  ", "undecided", expect.undecided());
    }

    private static void render(StringBuilder out, RenderSettings render) {
        if (render.equals(RenderSettings.NONE)) {
            return;
        }
        out.append("\nrender:\n");
        render.direction().ifPresent(t -> out.append("  direction: ").append(quoted(t.value())).append('\n'));
        render.labels().ifPresent(t -> out.append("  labels: ").append(quoted(t.value())).append('\n'));
        render.wrap().ifPresent(w -> out.append("  wrap: ").append(w.columns()).append('\n'));
        render.theme().ifPresent(t -> out.append("  theme: ").append(quoted(t.value())).append('\n'));
        render.evaluate().ifPresent(f -> out.append("  evaluate: ").append(f.on()).append('\n'));
    }

    private static void text(StringBuilder out, String indent, String key, Optional<Text> text) {
        text.ifPresent(t -> out.append(indent).append(key).append(": ").append(quoted(t.value())).append('\n'));
    }

    private static void texts(StringBuilder out, String indent, String key, List<Text> texts) {
        if (texts.isEmpty()) {
            return;
        }
        out.append(indent).append(key).append(":\n");
        texts.forEach(t -> out.append(indent).append("  - ").append(quoted(t.value())).append('\n'));
    }

    private static void ids(StringBuilder out, String indent, String key, List<?> refs) {
        if (refs.isEmpty()) {
            return;
        }
        List<String> written = refs.stream().map(r -> r instanceof Ref ref ? ref.id() : r.toString())
                .map(MapYamlWriter::id).toList();
        out.append(indent).append(key).append(": [").append(String.join(", ", written)).append("]\n");
    }

    /** An id as a key or a list item: bare when nothing but a string could be read from it. */
    static String id(String id) {
        return BARE_ID.matcher(id).matches() && !YAML_WORDS.contains(id) ? id : quoted(id);
    }

    /** A weight in the shortest plain decimal: {@code 0.5}, {@code 1}, {@code 0.0001} (never {@code 1.0E-4}). */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * {@code text} as a YAML double-quoted scalar: backslash and quote escaped, line breaks and
     * every control or invisible separator character as an escape, so the file holds no raw
     * character YAML forbids and the loader reads back exactly {@code text}.
     */
    public static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                        out.append(String.format("\\x%02x", c));
                    } else if (c == 0x2028 || c == 0x2029 || c == 0xfeff || (c >= 0xd800 && c <= 0xdfff)) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
