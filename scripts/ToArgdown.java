import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.argmap.export.ArgdownWriter;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * Writes an argmap map as an Argdown document whose argument map has the same nodes and edges as
 * argmap's diagram, so that the two tools can be timed drawing maps of the same size
 * (scripts/compare-argdown.sh, docs/performance.md):
 *
 * <pre>
 * java -cp target/argmap.jar scripts/ToArgdown.java MAP.yaml OUT.argdown
 * java -cp target/argmap.jar scripts/ToArgdown.java MAPS-FOLDER OUT-FOLDER   # each *.yaml, one JVM
 * </pre>
 *
 * <p>The map is read by argmap's own loader. Each statement becomes a titled Argdown statement
 * {@code [title]: text} (the map's title, else its id; a title two statements share gets the id
 * after it) with its supports and attacks as outgoing relations: {@code +>} and {@code ->} to a
 * statement, {@code +>} and {@code _>} (undercut) to an argument, as argmap draws them. Each
 * argument becomes an Argdown argument {@code <id>: scheme} with a premise-conclusion structure:
 * its premises, then a support's conclusion statement, which Argdown draws as premise-to-argument
 * and argument-to-conclusion edges, as argmap does. An attack, or a conclusion that is an argument,
 * has an untitled conclusion whose one relation Argdown hands to the argument, and which is not
 * drawn itself (Argdown's default map shows titled statements only). Each perspective becomes a
 * heading, which Argdown draws as a group, holding the statements of that perspective and the
 * arguments all of whose premises are in it (argmap's rule for its clusters).
 *
 * <p>Left out: quotes, notes, weights, kinds, tags, the source and the expected labels (Argdown has
 * no place for them in its map), the map's title and argmap's legend. Text is written on one line,
 * escaped so that Argdown reads it back as written (see the escaping rules in {@link ArgdownWriter#escape}).
 *
 * <p>Prints one line per map to standard output: {@code statements S arguments A edges E OUT}, what
 * Argdown's map of the document OUT must show. Exit 2 with a message when a map does not load or
 * has a relation Argdown cannot express (an argument as a premise).
 */
public class ToArgdown {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java -cp target/argmap.jar scripts/ToArgdown.java MAP.yaml|FOLDER OUT.argdown|FOLDER");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (!Files.isDirectory(in)) {
            convert(in, out);
            return;
        }
        Files.createDirectories(out);
        List<Path> maps;
        try (Stream<Path> files = Files.list(in)) {
            maps = files.filter(file -> file.getFileName().toString().endsWith(".yaml")).sorted().toList();
        }
        for (Path map : maps) {
            convert(map, out.resolve(map.getFileName().toString().replaceFirst("\\.yaml$", ".argdown")));
        }
    }

    private static void convert(Path in, Path out) throws IOException {
        LoadResult loaded = new MapLoader().load(in);
        if (loaded.hasErrors() || loaded.map().isEmpty()) {
            loaded.diagnostics().forEach(d -> System.err.println(d.location().file() + ":" + d.location().line() + ":"
                    + d.location().column() + ": " + d.severity() + "[" + d.rule() + "]: " + d.message()));
            System.err.println(in + ": the map does not load; fix it with `argmap check` first");
            System.exit(2);
        }
        try {
            Document document = write(loaded.map().get());
            Files.writeString(out, document.text(), StandardCharsets.UTF_8);
            System.out.println("statements " + document.statements() + " arguments " + document.arguments()
                    + " edges " + document.edges() + " " + out);
        } catch (IllegalArgumentException e) {
            System.err.println(in + ": " + e.getMessage());
            System.exit(2);
        }
    }

    /** The Argdown text and the size of the map Argdown should draw from it. */
    record Document(String text, int statements, int arguments, int edges) {
    }

    static Document write(ArgumentMap map) {
        Map<String, String> titles = titles(map);
        // what goes under each heading; the key null holds what is drawn outside every group
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        sections.put(null, new StringBuilder());
        map.perspectives().keySet().forEach(id -> sections.put(id, new StringBuilder()));
        int edges = 0;
        for (Statement statement : map.statements().values()) {
            StringBuilder out = sections.get(perspectiveOf(map, statement).orElse(null));
            out.append('[').append(titles.get(statement.id())).append("]: ")
                    .append(escape(statement.text().value())).append('\n');
            for (Ref target : statement.supports()) {
                edges += relation(out, map, titles, "+>", "+>", target);
            }
            for (Ref target : statement.attacks()) {
                edges += relation(out, map, titles, "->", "_>", target);
            }
            out.append('\n');
        }
        for (Argument argument : map.arguments().values()) {
            StringBuilder out = sections.get(ArgdownWriter.perspectiveOf(map, argument).orElse(null));
            out.append('<').append(argument.id()).append('>')
                    .append(argument.scheme().map(s -> ": " + escape(s.value())).orElse("")).append("\n\n");
            int number = 1;
            for (Ref premise : argument.premises()) {
                if (map.arguments().containsKey(premise.id())) {
                    throw new IllegalArgumentException("argument '" + argument.id() + "' has the argument '"
                            + premise.id() + "' as a premise, which Argdown cannot express");
                }
                if (map.statements().containsKey(premise.id())) {
                    out.append('(').append(number++).append(") [").append(titles.get(premise.id())).append("]\n");
                    edges++;
                }
            }
            out.append("----\n");
            String conclusion = argument.conclusion().id();
            if (argument.kind() == ArgumentKind.SUPPORT && map.statements().containsKey(conclusion)) {
                out.append('(').append(number).append(") [").append(titles.get(conclusion)).append("]\n");
                edges++;
            } else {
                out.append('(').append(number).append(") The premises of ").append(escape(argument.id()))
                        .append(" together ").append(argument.kind().word()).append(" their conclusion.\n");
                edges += relation(out, map, titles, argument.kind() == ArgumentKind.SUPPORT ? "+>" : "->",
                        argument.kind() == ArgumentKind.SUPPORT ? "+>" : "_>", argument.conclusion());
            }
            out.append('\n');
        }
        StringBuilder text = new StringBuilder(sections.get(null));
        for (Perspective perspective : map.perspectives().values()) {
            StringBuilder body = sections.get(perspective.id());
            if (!body.isEmpty()) {
                text.append("# ").append(escape(perspective.displayName())).append("\n\n").append(body);
            }
        }
        return new Document(text.toString(), map.statements().size(), map.arguments().size(), edges);
    }

    /**
     * One outgoing relation line; 1 when written, 0 when the target is no statement or argument
     * (argmap leaves such a relation out of its diagram too; `check` reports it).
     */
    private static int relation(StringBuilder out, ArgumentMap map, Map<String, String> titles,
                                String toStatement, String toArgument, Ref target) {
        if (map.statements().containsKey(target.id())) {
            out.append("  ").append(toStatement).append(" [").append(titles.get(target.id())).append("]\n");
            return 1;
        }
        if (map.arguments().containsKey(target.id())) {
            out.append("  ").append(toArgument).append(" <").append(target.id()).append(">\n");
            return 1;
        }
        return 0;
    }

    /** Each statement's Argdown title: unique, since Argdown takes one title as one statement. */
    private static Map<String, String> titles(ArgumentMap map) {
        Map<String, String> titles = new LinkedHashMap<>();
        Set<String> used = new HashSet<>();
        for (Statement statement : map.statements().values()) {
            String title = statement.title().map(Text::value).map(ToArgdown::oneLine).orElse(statement.id());
            if (!used.add(title)) {
                title = title + " " + statement.id();
                used.add(title);
            }
            titles.put(statement.id(), escape(title));
        }
        return titles;
    }

    private static Optional<String> perspectiveOf(ArgumentMap map, Statement statement) {
        return statement.perspective().map(Ref::id).filter(map.perspectives()::containsKey);
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t\\u0085\\u2028\\u2029]+", " ").strip();
    }

    /** Text Argdown reads back as written: the product's escaping (docs/interchange.md, "Escaping"). */
    static String escape(String text) {
        return ArgdownWriter.escape(text);
    }
}
