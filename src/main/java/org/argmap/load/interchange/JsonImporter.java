package org.argmap.load.interchange;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Qualifier;
import org.argmap.model.Ref;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * Reads argmap's own JSON ({@code argmap export --to json}, {@code "argmapJson": 1}) back into a
 * map, so a program can change a map as JSON and hand it back. Nothing is lost: the shape holds
 * every field of the map but its drawing settings. Fields it does not know are ignored, so a
 * program may add its own. Positions in the JSON are not kept; findings about the imported map
 * point at the YAML that {@code import} writes.
 */
public final class JsonImporter implements Importer {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    @Override
    public String name() {
        return "json";
    }

    @Override
    public String summary() {
        return "argmap's own JSON, as export --to json writes it";
    }

    @Override
    public List<String> extensions() {
        return List.of("json");
    }

    @Override
    public boolean recognises(String content) {
        String start = content.length() > 200 ? content.substring(0, 200) : content;
        return start.stripLeading().startsWith("{") && start.contains("\"argmapJson\"");
    }

    @Override
    public Imported read(String fileName, String content, ImportOptions options) {
        JsonNode root;
        try {
            root = MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            throw new ImportException(fileName + " is not JSON: " + e.getOriginalMessage()
                    + Optional.ofNullable(e.getLocation()).map(l -> " (line " + l.getLineNr() + ")").orElse(""));
        }
        if (root == null || !root.isObject() || !root.path("argmapJson").isInt()) {
            throw new ImportException(fileName + " is not argmap JSON: it has no \"argmapJson\" version",
                    "argmap import --from json reads what argmap export --to json writes");
        }
        if (root.get("argmapJson").intValue() != 1) {
            throw new ImportException(fileName + " is argmap JSON version " + root.get("argmapJson").intValue()
                    + ", and this argmap reads version 1", "export it again with this argmap's version");
        }
        Location at = Location.at(fileName, 1, 1);
        Map<String, Perspective> perspectives = new LinkedHashMap<>();
        for (JsonNode p : root.path("perspectives")) {
            String id = p.path("id").asText();
            perspectives.put(id, new Perspective(id, at, text(p, "label", at), text(p, "description", at)));
        }
        ImportReport.Builder report = new ImportReport.Builder();
        Map<String, Statement> statements = new LinkedHashMap<>();
        for (JsonNode s : root.path("statements")) {
            String id = s.path("id").asText();
            refuseSecond(statements.containsKey(id), "statement", id, fileName);
            Optional<Kind> kind = Kind.fromWord(s.path("kind").asText());
            boolean declared = s.path("kindDeclared").asBoolean(false) && kind.isPresent();
            Optional<Qualifier> qualifier = s.has("qualifier")
                    ? Optional.of(new Qualifier(new Text(s.path("qualifier").path("text").asText(), at),
                            s.path("qualifier").path("quoted").asBoolean(false)))
                    : Optional.empty();
            boolean weightWritten = s.path("weightWritten").asBoolean(s.has("weight"));
            statements.put(id, new Statement(id, at, new Text(s.path("text").asText(), at),
                    declared ? Optional.of(new Text(kind.get().word(), at)) : Optional.empty(),
                    kind.orElse(Kind.PREMISE), refs(s, "supports", at), refs(s, "attacks", at),
                    s.has("perspective") ? Optional.of(new Ref(s.get("perspective").asText(), at)) : Optional.empty(),
                    texts(s, "quotes", at), text(s, "title", at), texts(s, "tags", at),
                    s.path("weight").asDouble(Statement.DEFAULT_WEIGHT), weightWritten ? Optional.of(at) : Optional.empty(),
                    text(s, "note", at), s.path("implicit").asBoolean(false) ? Optional.of(at) : Optional.empty(),
                    qualifier, texts(s, "questions", at)));
        }
        Map<String, Argument> arguments = new LinkedHashMap<>();
        for (JsonNode a : root.path("arguments")) {
            String id = a.path("id").asText();
            refuseSecond(statements.containsKey(id) || arguments.containsKey(id), "argument", id, fileName);
            ArgumentKind kind = ArgumentKind.fromWord(a.path("kind").asText()).orElseThrow(() -> new ImportException(
                    "argument '" + id + "' in " + fileName + " has kind '" + a.path("kind").asText()
                            + "'; it must be support or attack"));
            arguments.put(id, new Argument(id, at, kind, at, refs(a, "premises", at),
                    new Ref(a.path("conclusion").asText(), at), text(a, "scheme", at), text(a, "note", at),
                    texts(a, "quotes", at), texts(a, "questions", at)));
        }
        JsonNode expect = root.path("expect");
        Expectations expectations = new Expectations(refs(expect, "accepted", at), refs(expect, "rejected", at),
                refs(expect, "undecided", at));
        JsonNode source = root.path("source");
        Source read = new Source(text(source, "title", at), text(source, "author", at), text(source, "publisher", at),
                text(source, "date", at), text(source, "url", at), text(source, "text", at));
        List<String> theses = statements.values().stream()
                .filter(s -> s.kind() == Kind.THESIS && s.declaredKind().isPresent()).map(Statement::id).toList();
        theses.forEach(report::thesis);
        if (options.thesis().isPresent() && !theses.equals(List.of(options.thesis().get()))) {
            throw new ImportException("argmap JSON names its own thesis (" + String.join(", ", theses)
                    + "), so --thesis " + options.thesis().get() + " cannot choose another",
                    "leave out --thesis, or change the kinds in the JSON");
        }
        return new Imported(new ArgumentMap(fileName, 1, text(root, "title", at), read, perspectives, statements,
                arguments, expectations), report.build());
    }

    /** Two entries with one id would silently become one: refused instead, as the loader refuses a key twice. */
    private static void refuseSecond(boolean seen, String what, String id, String fileName) {
        if (seen) {
            throw new ImportException(fileName + " has the id '" + id + "' twice (a second " + what + ")",
                    "statements and arguments share one set of ids; rename one of them");
        }
    }

    private static Optional<Text> text(JsonNode node, String field, Location at) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? Optional.of(new Text(value.textValue(), at)) : Optional.empty();
    }

    private static List<Text> texts(JsonNode node, String field, Location at) {
        List<Text> out = new ArrayList<>();
        node.path(field).forEach(item -> out.add(new Text(item.asText(), at)));
        return out;
    }

    private static List<Ref> refs(JsonNode node, String field, Location at) {
        List<Ref> out = new ArrayList<>();
        node.path(field).forEach(item -> out.add(new Ref(item.asText(), at)));
        return out;
    }
}
