package org.argmap.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.argmap.diagnostic.PrintableText;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.ArgumentQuestions;
import org.argmap.model.Ref;
import org.argmap.model.SchemeCatalogue;
import org.argmap.model.Statement;

/**
 * The critical questions of a map's arguments as a teacher's worksheet ({@code argmap questions}):
 * for each argument whose scheme is in the catalogue, the argument, its scheme, what it argues from
 * and to, and each question of the scheme with what the map does about it (raised by, settled by,
 * or open). Arguments whose scheme is free text are listed briefly at the end, since they have no
 * questions to ask. As text for people, or as JSON for scripts:
 *
 * <pre>
 * {"arguments": [{"id": …, "kind": "support", "scheme": "precedent", "name": "Argument from precedent",
 *                 "conclusion": {"id": …, "title": …}, "premises": [{"id": …, "title": …}],
 *                 "questions": [{"id": …, "asks": …, "status": "open", "raisedBy": [], "settledBy": []}]}],
 *  "noCatalogueScheme": [{"id": …, "scheme": …}]}
 * </pre>
 *
 * {@code status} is {@code open}, {@code raised}, {@code settled} or {@code raised and settled}.
 *
 * @param openOnly whether to show only the questions still open (and only arguments that have one)
 */
public record QuestionsReport(boolean openOnly) {

    /** One map's worksheet, as text ending with a line break. */
    public String text(ArgumentMap map, SchemeCatalogue catalogue) {
        StringBuilder out = new StringBuilder();
        out.append(PrintableText.line(map.file())).append('\n');
        map.title().ifPresent(title -> out.append(PrintableText.line(title.value())).append('\n'));
        List<ArgumentQuestions> sheets = sheets(map, catalogue);
        for (ArgumentQuestions sheet : sheets) {
            Argument argument = sheet.argument();
            out.append('\n').append(line(argument.id() + ": " + sheet.scheme().name() + " (" + sheet.scheme().id() + ")"));
            out.append(line("  " + argument.kind().word() + "s " + name(map, argument.conclusion(), catalogue)));
            out.append(line("  premises:"));
            argument.premises().forEach(premise -> out.append(line("    - " + name(map, premise, catalogue))));
            out.append(line("  critical questions:"));
            int number = 0;
            for (ArgumentQuestions.Status status : shown(sheet)) {
                number++;
                out.append(line("    " + number + ". " + status.question().id() + ": " + status.question().asks()));
                out.append(line("       " + status.describe()));
            }
            out.append(line("  " + sheet.open().size() + " of " + sheet.questions().size() + " open"));
        }
        if (sheets.isEmpty()) {
            out.append('\n').append(openOnly && !ArgumentQuestions.of(map, catalogue).isEmpty()
                    ? "no critical question is open\n" : "no argument names a scheme of the catalogue\n");
        }
        List<Argument> freeText = freeText(map, catalogue);
        if (!freeText.isEmpty()) {
            out.append('\n').append("no catalogue scheme:\n");
            freeText.forEach(a -> out.append(line("  " + a.id() + ": " + a.scheme().orElseThrow().value())));
        }
        return out.toString();
    }

    /** One map's worksheet as the JSON object the class describes, ending with a line break. */
    public String json(ArgumentMap map, SchemeCatalogue catalogue) {
        return Json.write(document(map, catalogue));
    }

    /** A map to make a worksheet of, with the schemes it may name. */
    public record Worksheet(ArgumentMap map, SchemeCatalogue catalogue) {
    }

    /**
     * One object keyed by map file, in the order of {@code files}: each file's worksheet object, or
     * {@code null} for a file that has none among {@code worksheets} (it could not be read).
     */
    public String jsonByFile(List<String> files, List<Worksheet> worksheets) {
        return Json.byFile(files, worksheets, w -> w.map().file(), w -> document(w.map(), w.catalogue()));
    }

    private ObjectNode document(ArgumentMap map, SchemeCatalogue catalogue) {
        ObjectNode doc = Json.object();
        ArrayNode arguments = doc.putArray("arguments");
        for (ArgumentQuestions sheet : sheets(map, catalogue)) {
            Argument argument = sheet.argument();
            ObjectNode a = arguments.addObject();
            a.put("id", argument.id());
            a.put("kind", argument.kind().word());
            a.put("scheme", sheet.scheme().id());
            a.put("name", sheet.scheme().name());
            node(a.putObject("conclusion"), map, argument.conclusion(), catalogue);
            ArrayNode premises = a.putArray("premises");
            argument.premises().forEach(premise -> node(premises.addObject(), map, premise, catalogue));
            ArrayNode questions = a.putArray("questions");
            for (ArgumentQuestions.Status status : shown(sheet)) {
                ObjectNode q = questions.addObject();
                q.put("id", status.question().id());
                q.put("asks", status.question().asks());
                q.put("status", status.open() ? "open" : status.settledBy().isEmpty() ? "raised"
                        : status.raisedBy().isEmpty() ? "settled" : "raised and settled");
                status.raisedBy().forEach(q.putArray("raisedBy")::add);
                status.settledBy().forEach(q.putArray("settledBy")::add);
            }
        }
        ArrayNode free = doc.putArray("noCatalogueScheme");
        for (Argument argument : freeText(map, catalogue)) {
            free.addObject().put("id", argument.id()).put("scheme", argument.scheme().orElseThrow().value());
        }
        return doc;
    }

    private List<ArgumentQuestions> sheets(ArgumentMap map, SchemeCatalogue catalogue) {
        return ArgumentQuestions.of(map, catalogue).stream().filter(s -> !openOnly || !s.open().isEmpty()).toList();
    }

    private List<ArgumentQuestions.Status> shown(ArgumentQuestions sheet) {
        return openOnly ? sheet.open() : sheet.questions();
    }

    private static List<Argument> freeText(ArgumentMap map, SchemeCatalogue catalogue) {
        List<Argument> out = new ArrayList<>();
        for (Argument argument : map.arguments().values()) {
            if (argument.scheme().isPresent() && ArgumentQuestions.schemeOf(argument, catalogue).isEmpty()) {
                out.add(argument);
            }
        }
        return out;
    }

    private static void node(ObjectNode into, ArgumentMap map, Ref ref, SchemeCatalogue catalogue) {
        into.put("id", ref.id());
        into.put("title", title(map, ref, catalogue));
    }

    /** "id: title" of a statement or argument the worksheet names. */
    private static String name(ArgumentMap map, Ref ref, SchemeCatalogue catalogue) {
        return ref.id() + ": " + title(map, ref, catalogue);
    }

    /** A statement's label as tables show it (reconstructed, hedged); an argument's scheme (by name) or kind. */
    private static String title(ArgumentMap map, Ref ref, SchemeCatalogue catalogue) {
        return map.node(ref.id()).map(node -> node instanceof Statement statement
                        ? statement.annotatedLabel()
                        : catalogue.displayName((Argument) node).orElse(((Argument) node).kind().word() + " argument"))
                .orElse("(unknown)");
    }

    private static String line(String text) {
        return PrintableText.line(text) + "\n";
    }
}
