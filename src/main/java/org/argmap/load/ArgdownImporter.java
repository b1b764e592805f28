package org.argmap.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.KindInference;
import org.argmap.model.Kind;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Qualifier;
import org.argmap.model.Ref;
import org.argmap.model.RenderSettings;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * Reads the JSON that {@code argdown json} writes (and the front matter of the {@code .argdown}
 * file, which that JSON leaves out) into a map. The input is untrusted: its size and nesting are
 * limited, and anything argmap cannot use is left out and said in {@link Imported#notes()}, never
 * thrown.
 *
 * <ul>
 * <li>An equivalence class is a statement with its canonical text (the last definition).</li>
 * <li>A reconstructed argument is one argument per inference step: the premises since the previous
 *     step (and the previous step's conclusion) support that step's conclusion; the last step keeps
 *     the argument's id, so relations to the argument reach it. An argument without a
 *     premise-conclusion structure (a sketch) becomes a statement with its description as text.</li>
 * <li>Support and entailment become {@code supports}; attack and undercut {@code attacks};
 *     contrary and contradictory an attack each way.</li>
 * <li>Ids ({@link IdMaker}, the rule AIF import shares): an Argdown title that is a valid argmap id
 *     is the id; another title is made into one (and kept as the statement's {@code title}); a
 *     positional "Untitled N" is never used: the id comes from the text.</li>
 * <li>The thesis: one the map declares (an argmap-written document), else {@code thesis} when given,
 *     else the statement that supports and attacks nothing and that the most statements and
 *     arguments reach (ties: the one Argdown lists first). What does not reach it is left out and
 *     reported, with the other candidates.</li>
 * </ul>
 *
 * <p>Documents {@code export.ArgdownWriter} wrote carry every other field in {@code argmap} data
 * blocks and come back as the map that was written.
 */
public final class ArgdownImporter {

    /**
     * A map and everything the import did not carry over as it was.
     *
     * @param thesis      the id of the map's thesis
     * @param otherTheses the other statements that could have been the thesis, each with how many
     *                    statements and arguments reach it ("small (1 reaches it)"); empty when the
     *                    document declared its thesis or {@code --thesis} named it
     * @param notes       one line per thing left out, changed or worth knowing, in the order met
     */
    public record Imported(ArgumentMap map, String thesis, List<String> otherTheses, List<String> notes) {
        public Imported {
            otherTheses = List.copyOf(otherTheses);
            notes = List.copyOf(notes);
        }
    }

    private static final Pattern UNTITLED = Pattern.compile("Untitled \\d+");
    private static final String DATA_KEY = "argmap";
    private static final int MAX_NESTING = 200;

    private final String file;
    private final LoadLimits limits;
    private final List<String> notes = new ArrayList<>();
    private IdMaker ids;
    /** Equivalence-class titles to statement ids. */
    private final Map<String, String> statementIds = new LinkedHashMap<>();
    /** Argument titles to the id of the node that stands for them as a target (last step or sketch statement). */
    private final Map<String, String> argumentTargets = new HashMap<>();
    /** Reconstructed argument titles to the statement relations from them start at (main conclusion). */
    private final Map<String, String> argumentSources = new HashMap<>();
    /** Argument title, conclusion index to step argument id. */
    private final Map<String, String> steps = new HashMap<>();
    private final Set<String> reconstructed = new HashSet<>();
    private final Map<String, StatementDraft> statements = new LinkedHashMap<>();
    private final Map<String, ArgumentDraft> arguments = new LinkedHashMap<>();
    private String chosenThesis;
    private Optional<String> documentTitle = Optional.empty();
    private final List<String> otherTheses = new ArrayList<>();

    private ArgdownImporter(String file, LoadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The front matter of an Argdown document (between the leading {@code ===} lines), if it has one. */
    public static Optional<String> frontMatter(String argdown) {
        Matcher matcher = Pattern.compile("\\A\\s*===[ \\t]*\\R(.*?)\\R===[ \\t]*(\\R|\\z)", Pattern.DOTALL)
                .matcher(argdown);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * The map in {@code json} (what {@code argdown json} writes), with the document's front matter
     * when known; {@code thesis} names the statement to keep as the thesis.
     */
    public static Imported fromJson(String file, String json, Optional<String> frontMatter, Optional<String> thesis)
            throws ArgdownImportException {
        if (json.length() > LoadLimits.DEFAULT.maxBytes()) {
            throw new ArgdownImportException(file + ": the Argdown JSON is larger than "
                    + LoadLimits.DEFAULT.maxBytes() + " characters", "import a smaller document");
        }
        JsonNode root = parse(file, json, new JsonFactory(), "Argdown's JSON");
        if (!root.isObject() || !root.path("statements").isObject()) {
            throw new ArgdownImportException(file + ": this is not the JSON `argdown json` writes (no `statements` object)",
                    "make it with `argdown json FILE.argdown OUTDIR`");
        }
        JsonNode front = frontMatter.isPresent()
                ? parse(file, frontMatter.get(), new YAMLFactory(), "the front matter") : null;
        ArgdownImporter importer = new ArgdownImporter(file, LoadLimits.DEFAULT);
        // Argdown's own `title:` names the document: the map's title unless argmap's data names one
        if (front != null && front.path("title").isValueNode() && !front.path("title").isNull()) {
            importer.documentTitle = Optional.of(front.path("title").asText());
        }
        return importer.read(root, front == null ? null : front.path(DATA_KEY), thesis);
    }

    private static JsonNode parse(String file, String text, JsonFactory factory, String what)
            throws ArgdownImportException {
        factory.setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING)
                .maxStringLength(LoadLimits.DEFAULT.maxBytes()).build());
        try {
            JsonNode node = new ObjectMapper(factory).readTree(text);
            return node == null ? new ObjectMapper().createObjectNode() : node;
        } catch (JsonProcessingException e) {
            throw new ArgdownImportException(file + ": cannot read " + what + ": " + e.getOriginalMessage(),
                    "give the JSON `argdown json` writes, unchanged");
        }
    }

    private Imported read(JsonNode root, JsonNode front, Optional<String> thesis) throws ArgdownImportException {
        JsonNode ecs = root.path("statements");
        JsonNode args = root.path("arguments");
        // titles that are ids already are their nodes' own: an id made from another text must not take one
        List<String> written = new ArrayList<>();
        ecs.fieldNames().forEachRemaining(written::add);
        args.fieldNames().forEachRemaining(written::add);
        ids = new IdMaker(written.stream().filter(IdMaker::isValid).toList(), "statement");
        Set<String> standIns = new HashSet<>();
        ecs.fields().forEachRemaining(e -> {
            if (data(e.getValue()).has("conclusionOf")) {
                standIns.add(e.getKey());
            }
        });
        ecs.fields().forEachRemaining(e -> {
            if (!standIns.contains(e.getKey())) {
                statement(e.getKey(), e.getValue());
            }
        });
        args.fields().forEachRemaining(e -> argumentIds(e.getKey(), e.getValue()));
        Map<String, List<JsonNode>> fromStandIn = new HashMap<>();
        for (JsonNode relation : root.path("relations")) {
            if (standIns.contains(relation.path("from").asText())) {
                fromStandIn.computeIfAbsent(relation.path("from").asText(), k -> new ArrayList<>()).add(relation);
            }
        }
        args.fields().forEachRemaining(e -> argument(e.getKey(), e.getValue(), standIns, fromStandIn));
        for (JsonNode relation : root.path("relations")) {
            if (!standIns.contains(relation.path("from").asText())) {
                relation(relation);
            }
        }
        if (statements.isEmpty()) {
            throw new ArgdownImportException(file + ": the document has no statement",
                    "an argmap map needs at least one statement");
        }
        ArgumentMap map = build(front == null || front.isMissingNode() ? null : front, thesis);
        return new Imported(map, chosenThesis, otherTheses, notes);
    }

    // ---- statements and ids

    private void statement(String title, JsonNode ec) {
        JsonNode data = data(ec);
        String text = null;
        int line = 1;
        for (JsonNode member : ec.path("members")) {
            String written = member.path("text").asText("").strip();
            if (!written.isEmpty()) {
                text = written;
                line = Math.max(1, member.path("startLine").asInt(1));
            }
        }
        if (data.has("text")) {
            text = data.path("text").asText();
        }
        if (text == null) {
            text = title;
        }
        String id = newId(title, text);
        statementIds.put(title, id);
        StatementDraft draft = new StatementDraft(id, Location.at(file, line, 1), text);
        if (!title.equals(id) && !UNTITLED.matcher(title).matches()) {
            draft.title = title;
        }
        draft.data = data;
        for (JsonNode member : ec.path("members")) {
            for (JsonNode tag : member.path("tags")) {
                if (!draft.tags.contains(tag.asText())) {
                    draft.tags.add(tag.asText());
                }
            }
        }
        statements.put(id, draft);
    }

    /**
     * An id for the node Argdown calls {@code title}: the title when it is an id, else made from the
     * title, or from {@code text} when the title is Argdown's positional "Untitled N".
     */
    private String newId(String title, String text) {
        return ids.take(title, UNTITLED.matcher(title).matches() ? text : title);
    }

    private static JsonNode data(JsonNode node) {
        JsonNode data = node.path("data").path(DATA_KEY);
        if (data.isObject()) {
            return data;
        }
        for (JsonNode member : node.path("members")) {
            JsonNode memberData = member.path("data").path(DATA_KEY);
            if (memberData.isObject()) {
                return memberData;
            }
        }
        return data;
    }

    // ---- arguments

    private void argumentIds(String title, JsonNode argument) {
        JsonNode pcs = argument.path("pcs");
        if (!pcs.isArray() || pcs.isEmpty()) {
            String text = title;
            for (JsonNode member : argument.path("members")) {
                String written = member.path("text").asText("").strip();
                if (!written.isEmpty()) {
                    text = written;
                }
            }
            String id = newId(title, text);
            StatementDraft draft = new StatementDraft(id,
                    Location.at(file, Math.max(1, argument.path("startLine").asInt(1)), 1), text);
            if (!title.equals(id) && !UNTITLED.matcher(title).matches()) {
                draft.title = title;
            }
            statements.put(id, draft);
            argumentTargets.put(title, id);
            argumentSources.put(title, id);
            notes.add("the argument <" + title + "> has no premise-conclusion structure: imported as the statement '"
                    + id + "'");
            return;
        }
        reconstructed.add(title);
        // an untitled argument is named after its main conclusion, never after Argdown's position number
        String conclusion = statementIds.getOrDefault(pcs.get(pcs.size() - 1).path("title").asText(), "argument");
        argumentTargets.put(title, newId(UNTITLED.matcher(title).matches() ? "for-" + conclusion : title, title));
    }

    private void argument(String title, JsonNode argument, Set<String> standIns,
                          Map<String, List<JsonNode>> fromStandIn) {
        if (!reconstructed.contains(title)) {
            return;
        }
        JsonNode data = data(argument);
        String lastId = argumentTargets.get(title);
        List<JsonNode> pcs = new ArrayList<>();
        argument.path("pcs").forEach(pcs::add);
        int lastStep = -1;
        for (int i = 0; i < pcs.size(); i++) {
            if (pcs.get(i).has("inference")) {
                lastStep = i;
            }
        }
        if (lastStep < 0) {
            notes.add("the argument <" + title + "> has no inference: left out");
            return;
        }
        List<String> premises = new ArrayList<>();
        int stepNumber = 0;
        Location location = Location.at(file, Math.max(1, argument.path("startLine").asInt(1)), 1);
        for (int i = 0; i <= lastStep; i++) {
            JsonNode item = pcs.get(i);
            String itemTitle = item.path("title").asText();
            if (!item.has("inference")) {
                Optional.ofNullable(statementIds.get(itemTitle)).ifPresent(premises::add);
                continue;
            }
            stepNumber++;
            String id = i == lastStep ? lastId : newId(lastId + "-step-" + stepNumber, "");
            ArgumentDraft draft = new ArgumentDraft(id, location);
            draft.premises.addAll(premises);
            List<String> rules = new ArrayList<>();
            item.path("inference").path("inferenceRules").forEach(rule -> rules.add(rule.asText()));
            if (!rules.isEmpty()) {
                draft.scheme = String.join(", ", rules);
            }
            steps.put(title + "#" + item.path("inference").path("conclusionIndex").asInt(i), id);
            if (standIns.contains(itemTitle)) {
                List<JsonNode> out = fromStandIn.getOrDefault(itemTitle, List.of());
                if (out.isEmpty()) {
                    notes.add("the argument <" + title + "> concludes in nothing argmap knows: left out");
                    return;
                }
                JsonNode relation = out.get(0);
                draft.kind = relation.path("relationType").asText().equals("support")
                        ? ArgumentKind.SUPPORT : ArgumentKind.ATTACK;
                draft.conclusion = target(relation).orElse(null);
            } else {
                draft.conclusion = statementIds.get(itemTitle);
            }
            if (i == lastStep) {
                draft.data = data;
                argumentSources.put(title, draft.conclusion);
            }
            if (draft.conclusion == null || draft.premises.isEmpty()) {
                notes.add("a step of the argument <" + title + "> has no premise or no conclusion: left out");
            } else {
                arguments.put(id, draft);
            }
            premises.clear();
            if (draft.conclusion != null && statements.containsKey(draft.conclusion)) {
                premises.add(draft.conclusion);
            }
        }
        if (stepNumber > 1) {
            notes.add("the argument <" + title + "> has " + stepNumber + " inference steps: imported as " + stepNumber
                    + " arguments, the last one '" + lastId + "'");
        }
    }

    // ---- relations

    private Optional<String> target(JsonNode relation) {
        String to = relation.path("to").asText();
        return switch (relation.path("toType").asText()) {
            case "argument" -> Optional.ofNullable(argumentTargets.get(to));
            case "inference" -> Optional.ofNullable(
                    steps.getOrDefault(to + "#" + relation.path("conclusionIndex").asInt(-1), argumentTargets.get(to)));
            default -> Optional.ofNullable(statementIds.get(to));
        };
    }

    private void relation(JsonNode relation) {
        String fromTitle = relation.path("from").asText();
        String from = relation.path("fromType").asText().equals("argument")
                ? argumentSources.get(fromTitle) : statementIds.get(fromTitle);
        Optional<String> to = target(relation);
        String type = relation.path("relationType").asText();
        if (from == null || to.isEmpty() || !statements.containsKey(from)) {
            notes.add("the " + type + " relation from '" + fromTitle + "' to '" + relation.path("to").asText()
                    + "' joins nothing argmap imported: left out");
            return;
        }
        if (from.equals(to.get())) {
            return;
        }
        StatementDraft source = statements.get(from);
        boolean toArgument = arguments.containsKey(to.get());
        if (relation.path("toType").asText().equals("argument") && reconstructed.contains(relation.path("to").asText())
                && !type.equals("support")) {
            notes.add("'" + from + "' attacks the argument <" + relation.path("to").asText()
                    + ">, which in Argdown means one of its premises: imported as an undercut of '" + to.get() + "'");
        }
        switch (type) {
            case "support", "entails" -> add(source.supports, to.get());
            case "attack", "undercut" -> add(source.attacks, to.get());
            case "contrary", "contradictory" -> {
                add(source.attacks, to.get());
                if (!toArgument && statements.containsKey(to.get())) {
                    add(statements.get(to.get()).attacks, from);
                }
            }
            default -> notes.add("a relation of unknown type '" + type + "' from '" + from + "': left out");
        }
    }

    private static void add(List<String> list, String id) {
        if (!list.contains(id)) {
            list.add(id);
        }
    }

    // ---- thesis, pruning, the model

    private ArgumentMap build(JsonNode front, Optional<String> requested) throws ArgdownImportException {
        order(front);
        Set<String> declared = new LinkedHashSet<>();
        statements.values().forEach(s -> {
            if ("thesis".equals(s.data.path("kind").asText(null))) {
                declared.add(s.id);
            }
        });
        String thesis;
        if (requested.isPresent()) {
            thesis = requested.get();
            if (!statements.containsKey(thesis)) {
                throw new ArgdownImportException(file + ": --thesis " + thesis + " names no imported statement",
                        "name one of: " + String.join(", ", statements.keySet().stream().limit(20).toList()));
            }
            declared.forEach(id -> statements.get(id).declaredKindOverride = Optional.empty());
            statements.get(thesis).declaredKindOverride = Optional.of("thesis");
            prune(thesis);
        } else if (!declared.isEmpty()) {
            thesis = declared.iterator().next();
        } else {
            thesis = chooseThesis();
            statements.get(thesis).declaredKindOverride = Optional.of("thesis");
            prune(thesis);
        }
        chosenThesis = thesis;
        return model(front);
    }

    /** Statements and arguments in the order the front matter lists them (an argmap-written document). */
    private void order(JsonNode front) {
        if (front == null) {
            return;
        }
        reorder(statements, front.path("statements"));
        reorder(arguments, front.path("arguments"));
    }

    private static <V> void reorder(Map<String, V> nodes, JsonNode ids) {
        if (!ids.isArray()) {
            return;
        }
        Map<String, V> ordered = new LinkedHashMap<>();
        ids.forEach(id -> Optional.ofNullable(nodes.get(id.asText())).ifPresent(v -> ordered.put(id.asText(), v)));
        ordered.putAll(nodes);
        Map<String, V> copy = new LinkedHashMap<>(ordered);
        nodes.clear();
        nodes.putAll(copy);
    }

    /** Every node's outgoing edges: what it supports or attacks, what argument it is a premise of. */
    private Map<String, List<String>> edges() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        statements.values().forEach(s -> {
            List<String> targets = out.computeIfAbsent(s.id, k -> new ArrayList<>());
            targets.addAll(s.supports);
            targets.addAll(s.attacks);
        });
        arguments.values().forEach(a -> {
            a.premises.forEach(p -> out.computeIfAbsent(p, k -> new ArrayList<>()).add(a.id));
            out.computeIfAbsent(a.id, k -> new ArrayList<>()).add(a.conclusion);
        });
        return out;
    }

    private String chooseThesis() {
        Map<String, List<String>> edges = edges();
        Map<String, List<String>> incoming = Reach.reversed(edges);
        // how many nodes reach each statement that supports and attacks nothing, counted once
        Map<String, Integer> sinkReach = new LinkedHashMap<>();
        statements.keySet().stream().filter(id -> edges.getOrDefault(id, List.of()).isEmpty())
                .forEach(id -> sinkReach.put(id, Reach.from(id, incoming).size()));
        // a sink no one reaches is a stray remark, not a thesis
        List<String> sinks = sinkReach.keySet().stream().filter(id -> sinkReach.get(id) > 1).toList();
        List<String> candidates = sinks.isEmpty() ? List.copyOf(statements.keySet()) : sinks;
        String best = null;
        int bestReach = -1;
        Map<String, Integer> reach = new LinkedHashMap<>();
        for (String id : candidates) {
            int count = sinkReach.containsKey(id) ? sinkReach.get(id) : Reach.from(id, incoming).size();
            reach.put(id, count);
            if (count > bestReach) {
                best = id;
                bestReach = count;
            }
        }
        String chosen = best;
        reach.forEach((id, count) -> {
            if (!id.equals(chosen) && count > 1) {
                otherTheses.add(id + " (" + (count - 1) + (count == 2 ? " reaches" : " reach") + " it)");
            }
        });
        notes.add("'" + chosen + "' is the thesis: " + (bestReach - 1) + " statements and arguments reach it"
                + (sinks.isEmpty() ? "; every statement supports or attacks something, so its own relations are left out"
                        : "") + (otherTheses.isEmpty() ? "" : " (choose another with --thesis)"));
        return chosen;
    }

    /** Keeps what reaches the thesis; the thesis itself supports and attacks nothing. */
    private void prune(String thesis) {
        StatementDraft top = statements.get(thesis);
        if (!top.supports.isEmpty() || !top.attacks.isEmpty()) {
            notes.add("the thesis '" + thesis + "' supported or attacked " + String.join(", ", concat(top.supports,
                    top.attacks)) + " in Argdown: those relations are left out");
            top.supports.clear();
            top.attacks.clear();
        }
        Set<String> keep = Reach.from(thesis, Reach.reversed(edges()));
        List<String> dropped = new ArrayList<>();
        statements.keySet().removeIf(id -> !keep.contains(id) && dropped.add(id));
        arguments.keySet().removeIf(id -> !keep.contains(id) && dropped.add(id));
        if (!dropped.isEmpty()) {
            notes.add(dropped.size() + " statements and arguments do not reach the thesis and are left out: "
                    + String.join(", ", dropped.stream().limit(12).toList()) + (dropped.size() > 12 ? ", ..." : ""));
        }
        for (StatementDraft statement : statements.values()) {
            statement.supports.removeIf(id -> !keep.contains(id));
            statement.attacks.removeIf(id -> !keep.contains(id));
        }
        breakSupportCycles();
    }

    /**
     * Leaves out each statement-to-statement support that closes a cycle of supports, taking
     * statements in order and their supports as listed: argmap rejects support cycles.
     */
    private void breakSupportCycles() {
        Map<String, Set<String>> kept = new HashMap<>();
        for (StatementDraft statement : statements.values()) {
            statement.supports.removeIf(to -> {
                if (Reach.reaches(kept, to, statement.id)) {
                    notes.add("'" + statement.id + "' supports '" + to + "', which closes a cycle of supports: left out");
                    return true;
                }
                kept.computeIfAbsent(statement.id, k -> new HashSet<>()).add(to);
                return false;
            });
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private ArgumentMap model(JsonNode front) {
        Location at = Location.at(file, 1, 1);
        JsonNode data = front == null ? MissingNode.getInstance() : front;
        Map<String, Perspective> perspectives = new LinkedHashMap<>();
        data.path("perspectives").fields().forEachRemaining(e -> perspectives.put(e.getKey(), new Perspective(
                e.getKey(), at, text(e.getValue(), "label", at), text(e.getValue(), "description", at))));
        Map<String, Statement> built = new LinkedHashMap<>();
        for (StatementDraft s : statements.values()) {
            built.put(s.id, s.toStatement(at));
        }
        Map<String, Argument> builtArguments = new LinkedHashMap<>();
        for (ArgumentDraft a : arguments.values()) {
            builtArguments.put(a.id, a.toArgument(at));
        }
        JsonNode source = data.path("source");
        Source src = new Source(text(source, "title", at), text(source, "author", at), text(source, "publisher", at),
                text(source, "date", at), text(source, "url", at), text(source, "text", at));
        JsonNode expect = data.path("expect");
        Expectations expectations = new Expectations(refs(expect.path("accepted"), at),
                refs(expect.path("rejected"), at), refs(expect.path("undecided"), at));
        JsonNode render = data.path("render");
        RenderSettings settings = new RenderSettings(text(render, "direction", at), text(render, "labels", at),
                render.has("wrap") ? Optional.of(new RenderSettings.Wrap(render.path("wrap").asInt(), at))
                        : Optional.empty(),
                text(render, "theme", at),
                render.has("evaluate") ? Optional.of(new RenderSettings.Flag(render.path("evaluate").asBoolean(), at))
                        : Optional.empty());
        Optional<Text> title = text(data, "title", at).or(() -> documentTitle.map(t -> new Text(t, at)));
        ArgumentMap map = new ArgumentMap(file, 1, title, src, perspectives, built, builtArguments,
                expectations, at, settings);
        return map.withKinds(KindInference.infer(map));
    }

    private static Optional<Text> text(JsonNode node, String field, Location at) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? Optional.of(new Text(value.asText(), at)) : Optional.empty();
    }

    private static List<Text> texts(JsonNode node, Location at) {
        List<Text> texts = new ArrayList<>();
        node.forEach(value -> texts.add(new Text(value.asText(), at)));
        return texts;
    }

    private static List<Ref> refs(JsonNode node, Location at) {
        List<Ref> refs = new ArrayList<>();
        node.forEach(value -> refs.add(new Ref(value.asText(), at)));
        return refs;
    }

    private static List<Ref> refs(List<String> ids, Location at) {
        return ids.stream().map(id -> new Ref(id, at)).toList();
    }

    private static final class StatementDraft {
        final String id;
        final Location location;
        final String text;
        String title;
        JsonNode data = MissingNode.getInstance();
        Optional<String> declaredKindOverride;
        final List<String> tags = new ArrayList<>();
        final List<String> supports = new ArrayList<>();
        final List<String> attacks = new ArrayList<>();

        StatementDraft(String id, Location location, String text) {
            this.id = id;
            this.location = location;
            this.text = text;
        }

        Statement toStatement(Location at) {
            Optional<Text> kind = declaredKindOverride != null
                    ? declaredKindOverride.map(k -> new Text(k, at)) : text(data, "kind", at);
            Optional<Text> title = data.has("title") ? text(data, "title", at)
                    : Optional.ofNullable(this.title).map(t -> new Text(t, at));
            List<Text> tagTexts = data.has("tags") ? texts(data.path("tags"), at)
                    : tags.stream().map(t -> new Text(t, at)).toList();
            boolean weighted = data.path("weight").isNumber();
            Optional<Qualifier> qualifier = text(data, "qualifier", at)
                    .map(q -> new Qualifier(q, data.path("qualifierQuoted").asBoolean(false)));
            return new Statement(id, location, new Text(text, location), kind, Kind.PREMISE, refs(supports, at),
                    refs(attacks, at), text(data, "perspective", at).map(p -> new Ref(p.value(), at)),
                    texts(data.path("quotes"), at), title, tagTexts,
                    weighted ? data.path("weight").asDouble() : Statement.DEFAULT_WEIGHT,
                    weighted ? Optional.of(at) : Optional.empty(), text(data, "note", at),
                    data.path("implicit").asBoolean(false) ? Optional.of(at) : Optional.empty(), qualifier,
                    texts(data.path("questions"), at));
        }
    }

    private static final class ArgumentDraft {
        final String id;
        final Location location;
        final List<String> premises = new ArrayList<>();
        ArgumentKind kind = ArgumentKind.SUPPORT;
        String conclusion;
        String scheme;
        JsonNode data = MissingNode.getInstance();

        ArgumentDraft(String id, Location location) {
            this.id = id;
            this.location = location;
        }

        Argument toArgument(Location at) {
            Optional<Text> schemeText = data.has("scheme") ? text(data, "scheme", at)
                    : Optional.ofNullable(scheme).map(s -> new Text(s, at));
            return new Argument(id, location, kind, at, refs(premises, at), new Ref(conclusion, at), schemeText,
                    text(data, "note", at), texts(data.path("quotes"), at), texts(data.path("questions"), at));
        }
    }
}
