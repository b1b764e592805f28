package org.argmap.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * The map as JSON, for programs: every field of the model, in a shape of its own that is
 * versioned ({@code "argmapJson": 1}) and described by {@code docs/argmap-json.schema.json}.
 * Statements, arguments and perspectives are arrays in the map's order, so the order survives any
 * JSON reader; a field the map leaves out is left out, lists are always lists (empty when none),
 * and each statement says both its effective kind and whether the kind was written. The bytes are
 * the same on every machine: two-space indentation, LF line ends, UTF-8, the shortest decimal for
 * a weight.
 */
public final class JsonExporter implements Exporter {

    /** The version of the shape; a change that removes or renames a field raises it. */
    public static final int VERSION = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENT)
            .withArrayIndenter(INDENT));

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String summary() {
        return "the map as versioned JSON for programs (docs/argmap-json.schema.json)";
    }

    @Override
    public boolean needsDrawing() {
        return false;
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public Exported export(ExportInput input) {
        try {
            return Exported.text(WRITER.writeValueAsString(document(input.map())) + "\n");
        } catch (JsonProcessingException e) {
            throw new ExportException("cannot write the map as JSON: " + e.getOriginalMessage());
        }
    }

    static ObjectNode document(ArgumentMap map) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("argmapJson", VERSION);
        put(root, "title", map.title());
        ObjectNode source = source(map.source());
        if (!source.isEmpty()) {
            root.set("source", source);
        }
        ArrayNode perspectives = root.putArray("perspectives");
        for (Perspective perspective : map.perspectives().values()) {
            ObjectNode node = perspectives.addObject();
            node.put("id", perspective.id());
            put(node, "label", perspective.label());
            put(node, "description", perspective.description());
        }
        ArrayNode statements = root.putArray("statements");
        map.statements().values().forEach(statement -> statements.add(statement(statement)));
        ArrayNode arguments = root.putArray("arguments");
        map.arguments().values().forEach(argument -> arguments.add(argument(argument)));
        ObjectNode expect = root.putObject("expect");
        ids(expect, "accepted", map.expect().accepted());
        ids(expect, "rejected", map.expect().rejected());
        ids(expect, "undecided", map.expect().undecided());
        return root;
    }

    private static ObjectNode source(Source source) {
        ObjectNode node = MAPPER.createObjectNode();
        put(node, "title", source.title());
        put(node, "author", source.author());
        put(node, "publisher", source.publisher());
        put(node, "date", source.date());
        put(node, "url", source.url());
        put(node, "text", source.text());
        return node;
    }

    private static ObjectNode statement(Statement statement) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", statement.id());
        node.put("text", statement.text().value());
        node.put("kind", statement.kind().word());
        node.put("kindDeclared", statement.declaredKindValue().isPresent());
        put(node, "title", statement.title());
        node.put("implicit", statement.implicit());
        statement.qualifier().ifPresent(qualifier -> node.putObject("qualifier")
                .put("text", qualifier.text().value())
                .put("quoted", qualifier.quoted()));
        statement.perspective().ifPresent(perspective -> node.put("perspective", perspective.id()));
        ids(node, "supports", statement.supports());
        ids(node, "attacks", statement.attacks());
        texts(node, "quotes", statement.quotes());
        texts(node, "tags", statement.tags());
        node.put("weight", statement.weight());
        node.put("weightWritten", statement.weightLocation().isPresent());
        texts(node, "questions", statement.questions());
        put(node, "note", statement.note());
        return node;
    }

    private static ObjectNode argument(Argument argument) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", argument.id());
        node.put("kind", argument.kind().word());
        ids(node, "premises", argument.premises());
        node.put("conclusion", argument.conclusion().id());
        put(node, "scheme", argument.scheme());
        texts(node, "quotes", argument.quotes());
        texts(node, "questions", argument.questions());
        put(node, "note", argument.note());
        return node;
    }

    private static void put(ObjectNode node, String field, Optional<Text> text) {
        text.ifPresent(t -> node.put(field, t.value()));
    }

    private static void ids(ObjectNode node, String field, List<Ref> refs) {
        ArrayNode array = node.putArray(field);
        refs.forEach(ref -> array.add(ref.id()));
    }

    private static void texts(ObjectNode node, String field, List<Text> texts) {
        ArrayNode array = node.putArray(field);
        texts.forEach(text -> array.add(text.value()));
    }
}
