package org.argmap.render;

import java.util.ArrayList;
import java.util.List;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.ArgumentQuestions;
import org.argmap.model.SchemeCatalogue;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.Text;
import org.argmap.text.TextWrapper;

/**
 * The text a reader sees on hovering over a node of an SVG diagram: Graphviz's {@code tooltip}
 * attribute, which it writes as the node's {@code xlink:title}. A box shows a statement wrapped
 * and perhaps shortened; the tooltip gives it whole with the evidence behind it, one item a line:
 *
 * <pre>
 * Title                      (when the statement has one)
 * The full text.
 * Qualifier: almost certainly      (when it has one; in quote marks when quoted)
 * Reconstructed: ...               (when it is implicit)
 * Quote: “words from the source”   (one line per quote)
 * Note: the note
 * </pre>
 *
 * and for an argument its scheme (the catalogue's name for a catalogue id, else the text; or its
 * id), what it supports or attacks, its premises, and for a catalogue scheme how many of its
 * critical questions nothing in the map raises or settles:
 *
 * <pre>
 * Argument from precedent
 * Supports: Distrust
 * Premises:
 * • After Beslan ...
 * • The attack came ...
 * Critical questions: 2 of 4 open          (for a catalogue scheme)
 * Quote: “words that make the inference”   (one line per quote)
 * Note: the note
 * </pre>
 *
 * The values returned are ready for the attribute: lines joined by {@link #LINE_BREAK}, each line
 * escaped by {@link DotText#tooltip}.
 */
final class Tooltip {

    /**
     * A line feed as a character reference: Graphviz writes it into the SVG attribute as
     * {@code &#10;}, which XML reads as a line break and browsers show as one.
     */
    static final String LINE_BREAK = "&#10;";

    private Tooltip() {
    }

    static String of(Statement statement) {
        List<String> lines = new ArrayList<>();
        statement.title().map(Text::value).ifPresent(lines::add);
        lines.add(statement.text().value());
        statement.qualifier().ifPresent(qualifier -> lines.add("Qualifier: " + (qualifier.quoted()
                ? "\u201c" + TextWrapper.normalizeSpace(qualifier.text().value()) + "\u201d"
                : qualifier.text().value())));
        if (statement.implicit()) {
            lines.add("Reconstructed: the source leaves this unstated");
        }
        statement.quotes().forEach(quote -> lines.add("Quote: \u201c" + TextWrapper.normalizeSpace(quote.value()) + "\u201d"));
        statement.note().map(Text::value).ifPresent(note -> lines.add("Note: " + note));
        return join(lines);
    }

    static String of(Argument argument, ArgumentMap map) {
        return of(argument, map, SchemeCatalogue.EMPTY);
    }

    static String of(Argument argument, ArgumentMap map, SchemeCatalogue schemes) {
        List<String> lines = new ArrayList<>();
        lines.add(schemes.displayName(argument).orElse(argument.id()));
        lines.add((argument.kind() == ArgumentKind.SUPPORT ? "Supports: " : "Attacks: ")
                + nodeName(map, argument.conclusion(), schemes));
        lines.add("Premises:");
        argument.premises().forEach(premise -> lines.add("\u2022 " + nodeName(map, premise, schemes)));
        ArgumentQuestions.of(argument, map, schemes).ifPresent(questions -> lines.add("Critical questions: "
                + questions.open().size() + " of " + questions.questions().size() + " open"));
        argument.quotes().forEach(quote -> lines.add("Quote: \u201c" + TextWrapper.normalizeSpace(quote.value()) + "\u201d"));
        argument.note().map(Text::value).ifPresent(note -> lines.add("Note: " + note));
        return join(lines);
    }

    /** A statement's title or text, an argument's scheme or id; the id itself for an unknown id. */
    private static String nodeName(ArgumentMap map, Ref ref, SchemeCatalogue schemes) {
        return map.node(ref.id()).map(node -> node instanceof Statement statement
                        ? statement.label()
                        : schemes.displayName((Argument) node).orElse(node.id()))
                .orElse(ref.id());
    }

    private static String join(List<String> lines) {
        return String.join(LINE_BREAK, lines.stream().map(DotText::tooltip).toList());
    }
}
