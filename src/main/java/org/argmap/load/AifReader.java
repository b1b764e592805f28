package org.argmap.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Expectations;
import org.argmap.model.Kind;
import org.argmap.model.KindInference;
import org.argmap.model.Location;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.SchemeCatalogue;
import org.argmap.model.Source;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * Reads an AIF JSON file (AIFdb's {@code {nodes, edges, locutions, participants}}, or OVA's and
 * xAIF's {@code {"AIF": {...}}} with integer ids) into a map. The rules, documented in
 * docs/interchange.md ("AIF"):
 *
 * <ul>
 *   <li>I-nodes become statements; MA nodes merge the statements they join into the one written
 *       first (a rephrase is the same claim).</li>
 *   <li>An RA or CA node becomes a plain {@code supports}/{@code attacks} relation when it has one
 *       premise, no scheme and nothing aimed at it; otherwise an argument (linked premises, a
 *       scheme to keep, or an undercut or backing that needs its id). One whose conclusion is
 *       another RA or CA supports or undercuts that argument.</li>
 *   <li>The speaker of an L -> YA -> I chain becomes the statement's perspective.</li>
 *   <li>PA, TA and unknown node types, and edges that fit no pattern, are dropped and reported.</li>
 *   <li>The thesis is the statement that supports and attacks nothing and that something reaches;
 *       of several, the one most statements reach (the first written on a tie) unless the caller
 *       names one. What does not reach the thesis is left out and reported.</li>
 *   <li>A support cycle is broken by dropping, in the order the file writes them, each inference
 *       that would close one; each is reported.</li>
 * </ul>
 *
 * The file is untrusted input: its size, nesting and value lengths are bounded by {@link LoadLimits}.
 */
public final class AifReader {

    /** The prefix {@code AifWriter} gives the node of an argument, so its id survives a round trip. */
    public static final String ARGUMENT_PREFIX = "argument:";

    private static final Set<String> DEFAULT_TEXTS = Set.of("ra", "ca", "ma", "default inference",
            "default conflict", "default rephrase", "default transition", "default illocuting");

    private final LoadLimits limits;
    private final SchemeCatalogue schemes;

    public AifReader() {
        this(LoadLimits.DEFAULT, BuiltInSchemes.catalogue());
    }

    /** @param schemes the catalogue a scheme name is matched against, so "ExpertOpinion" becomes {@code expert-opinion} */
    public AifReader(LoadLimits limits, SchemeCatalogue schemes) {
        this.limits = limits;
        this.schemes = schemes;
    }

    /** Reads {@code bytes} (the file named {@code fileName}) choosing the thesis by the rule above. */
    public AifImport read(String fileName, byte[] bytes) throws AifException {
        return read(fileName, bytes, Optional.empty());
    }

    /**
     * @param thesis the node id (as the AIF file writes it, or as the map would) of the statement
     *               to make the thesis; it must support and attack nothing
     */
    public AifImport read(String fileName, byte[] bytes, Optional<String> thesis) throws AifException {
        if (bytes.length > limits.maxBytes()) {
            throw new AifException(fileName + ": the file has " + bytes.length + " bytes, more than the "
                    + limits.maxBytes() + " argmap reads", "split the AIF graph into smaller files");
        }
        JsonNode root = parse(fileName, bytes);
        return new Import(fileName, graphOf(fileName, root), thesis).run();
    }

    /** Reads AIF given as text. */
    public AifImport read(String fileName, String text, Optional<String> thesis) throws AifException {
        return read(fileName, text.getBytes(StandardCharsets.UTF_8), thesis);
    }

    private JsonNode parse(String fileName, byte[] bytes) throws AifException {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(Math.max(limits.maxScalarLength(), 1))
                        .build())
                .build();
        try {
            JsonNode root = new ObjectMapper(factory).readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new AifException(fileName + ": the file is empty", "give an AIF JSON file: {\"nodes\": [...], \"edges\": [...]}");
            }
            return root;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr();
            throw new AifException(fileName + where + ": not JSON argmap can read: " + e.getOriginalMessage(),
                    "AIF files are JSON: {\"nodes\": [...], \"edges\": [...]}, or OVA's {\"AIF\": {...}}");
        } catch (IOException e) {
            throw new AifException(fileName + ": cannot read: " + e.getMessage(), "check the file");
        }
    }

    /** The nodes and edges as written, in file order. */
    private record Graph(Map<String, RawNode> nodes, List<String[]> edges, Map<String, String> speakers,
                         List<String> report) {
    }

    private record RawNode(String id, String type, String text, Optional<String> scheme) {
    }

    private static Graph graphOf(String fileName, JsonNode root) throws AifException {
        JsonNode aif = root.isObject() && root.has("AIF") && root.get("AIF").isObject() ? root.get("AIF") : root;
        if (!aif.isObject() || !aif.path("nodes").isArray()) {
            throw new AifException(fileName + ": no \"nodes\" list: this is not an AIF graph",
                    "AIF JSON has {\"nodes\": [...], \"edges\": [...]} at the top, or inside \"AIF\" (OVA, xAIF)");
        }
        List<String> report = new ArrayList<>();
        Map<String, RawNode> nodes = new LinkedHashMap<>();
        for (JsonNode node : aif.get("nodes")) {
            Optional<String> id = scalar(node.get("nodeID"));
            Optional<String> type = scalar(node.get("type"));
            if (id.isEmpty() || type.isEmpty()) {
                report.add("dropped a node without nodeID or type: " + abbreviate(node.toString()));
                continue;
            }
            if (nodes.containsKey(id.get())) {
                report.add("dropped node " + id.get() + ": its nodeID is written twice; the first is kept");
                continue;
            }
            String text = scalar(node.get("text")).orElse("");
            Optional<String> scheme = scalar(node.get("scheme")).filter(s -> !s.isBlank());
            nodes.put(id.get(), new RawNode(id.get(), type.get().trim().toUpperCase(Locale.ROOT), text, scheme));
        }
        List<String[]> edges = new ArrayList<>();
        for (JsonNode edge : iterable(aif.get("edges"))) {
            Optional<String> from = scalar(edge.get("fromID"));
            Optional<String> to = scalar(edge.get("toID"));
            if (from.isEmpty() || to.isEmpty() || !nodes.containsKey(from.get()) || !nodes.containsKey(to.get())) {
                report.add("dropped edge " + scalar(edge.get("edgeID")).orElse("without edgeID")
                        + ": it does not join two nodes of the file");
                continue;
            }
            if (from.get().equals(to.get())) {
                report.add("dropped edge " + scalar(edge.get("edgeID")).orElse("without edgeID") + ": it joins node "
                        + from.get() + " to itself");
                continue;
            }
            edges.add(new String[] {from.get(), to.get()});
        }
        Map<String, String> people = new HashMap<>();
        for (JsonNode participant : iterable(aif.get("participants"))) {
            scalar(participant.get("participantID")).ifPresent(id -> people.put(id,
                    (scalar(participant.get("firstname")).orElse("") + " " + scalar(participant.get("surname")).orElse("")).trim()));
        }
        Map<String, String> speakers = new HashMap<>();
        for (JsonNode locution : iterable(aif.get("locutions"))) {
            Optional<String> node = scalar(locution.get("nodeID"));
            Optional<String> person = scalar(locution.get("personID"));
            if (node.isPresent() && person.isPresent()) {
                String name = people.getOrDefault(person.get(), "");
                speakers.put(node.get(), person.get() + "\u0000" + (name.isEmpty() ? person.get() : name));
            }
        }
        return new Graph(nodes, edges, speakers, report);
    }

    private static Iterable<JsonNode> iterable(JsonNode list) {
        return list != null && list.isArray() ? list : List.of();
    }

    private static Optional<String> scalar(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(value.asText());
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** The catalogue id an AIF scheme name stands for ("ExpertOpinion", "Argument From Expert Opinion"), else the name as written. */
    public String schemeFor(String written) {
        String wanted = letters(written);
        for (var scheme : schemes.schemes()) {
            String name = letters(scheme.name());
            if (wanted.equals(letters(scheme.id())) || wanted.equals(name)
                    || wanted.equals(name.replaceFirst("^argumentfrom", ""))
                    || ("argumentfrom" + wanted).equals(name)) {
                return scheme.id();
            }
        }
        return written.trim();
    }

    private static String letters(String text) {
        return String.join("", IdMaker.words(text));
    }

    /** One RA or CA node, its premises and its one conclusion, after merging. */
    private static final class Inference {
        final String aifId;
        final boolean attack;
        final List<String> premises;
        final String conclusion;
        final Optional<String> scheme;
        boolean dropped;

        Inference(String aifId, boolean attack, List<String> premises, String conclusion, Optional<String> scheme) {
            this.aifId = aifId;
            this.attack = attack;
            this.premises = premises;
            this.conclusion = conclusion;
            this.scheme = scheme;
        }
    }

    /** One import: the state of turning one graph into one map. */
    private final class Import {
        private final String file;
        private final Graph graph;
        private final Optional<String> wantedThesis;
        private final Location at;
        private final List<String> report;
        private final Map<String, String> mergedInto = new HashMap<>();
        private final Map<String, Inference> inferences = new LinkedHashMap<>();
        private final Map<String, String> ids = new LinkedHashMap<>();
        /** The edges into and out of each node, so no step walks every edge of the file per node. */
        private final Map<String, List<String[]>> into = new HashMap<>();
        private final Map<String, List<String[]>> outOf = new HashMap<>();
        /** The ids the file writes that are already valid map ids: a renamed node must not take one. */
        private final Set<String> reserved = new HashSet<>();
        /** The map ids of statements and arguments, made once the file's own ids are all known. */
        private final IdMaker idMaker;

        Import(String file, Graph graph, Optional<String> wantedThesis) {
            this.file = file;
            this.graph = graph;
            this.wantedThesis = wantedThesis;
            this.at = Location.at(file, 1, 1);
            this.report = new ArrayList<>(graph.report());
            for (String[] edge : graph.edges()) {
                outOf.computeIfAbsent(edge[0], k -> new ArrayList<>()).add(edge);
                into.computeIfAbsent(edge[1], k -> new ArrayList<>()).add(edge);
            }
            for (String id : graph.nodes().keySet()) {
                String wanted = id.startsWith(ARGUMENT_PREFIX) ? id.substring(ARGUMENT_PREFIX.length()) : id;
                if (IdMaker.isValid(wanted)) {
                    reserved.add(wanted);
                }
            }
            idMaker = new IdMaker(reserved, "node");
        }

        AifImport run() throws AifException {
            List<String> claims = graph.nodes().values().stream().filter(n -> n.type().equals("I")).map(RawNode::id).toList();
            if (claims.isEmpty()) {
                throw new AifException(file + ": the graph has no I-node, so there is no claim to make a statement of",
                        "export the analysis with its propositions (I-nodes)");
            }
            dropOtherTypes();
            merge();
            readInferences();
            breakSupportCycles();
            String thesis = chooseThesis(claims);
            List<String> roots = this.otherRoots;
            Set<String> kept = Reach.from(thesis, intoEachNode());
            reportLeftOut(claims, kept);
            return build(claims, thesis, kept, roots);
        }

        private void dropOtherTypes() {
            Map<String, Integer> dropped = new LinkedHashMap<>();
            for (RawNode node : graph.nodes().values()) {
                switch (node.type()) {
                    case "I", "RA", "CA", "MA", "L", "YA" -> { }
                    default -> dropped.merge(node.type(), 1, Integer::sum);
                }
            }
            dropped.forEach((type, count) -> report.add("dropped " + count + " " + type + "-node" + (count == 1 ? "" : "s")
                    + ": argmap has nothing " + (type.equals("PA") ? "for preferences" : type.equals("TA") ? "for dialogue transitions" : "of that type")));
        }

        private String type(String id) {
            return graph.nodes().get(id).type();
        }

        /** MA nodes: every statement an MA joins is merged into the one of them written first. */
        private void merge() {
            Map<String, Integer> order = new HashMap<>();
            graph.nodes().keySet().forEach(id -> order.put(id, order.size()));
            for (RawNode node : graph.nodes().values()) {
                if (!node.type().equals("MA")) {
                    continue;
                }
                List<String> joined = new ArrayList<>();
                for (String[] edge : edgesOf(node.id())) {
                    if (edge[1].equals(node.id()) && type(edge[0]).equals("I")) {
                        joined.add(claim(edge[0]));
                    } else if (edge[0].equals(node.id()) && type(edge[1]).equals("I")) {
                        joined.add(claim(edge[1]));
                    }
                }
                joined.sort((a, b) -> Integer.compare(order.get(a), order.get(b)));
                for (String other : joined.subList(Math.min(1, joined.size()), joined.size())) {
                    if (!other.equals(joined.get(0))) {
                        mergedInto.put(other, joined.get(0));
                        report.add("merged statement " + other + " into " + joined.get(0) + " (MA node " + node.id()
                                + " says one rephrases the other); the text of " + joined.get(0) + " is kept");
                    }
                }
            }
        }

        /** The edges into {@code id}, then those out of it, each in file order. */
        private List<String[]> edgesOf(String id) {
            List<String[]> edges = new ArrayList<>(into.getOrDefault(id, List.of()));
            edges.addAll(outOf.getOrDefault(id, List.of()));
            return edges;
        }

        /** The statement an I-node's claim ends up in after merging. */
        private String claim(String id) {
            String current = id;
            while (mergedInto.containsKey(current)) {
                current = mergedInto.get(current);
            }
            return current;
        }

        private void readInferences() {
            for (RawNode node : graph.nodes().values()) {
                if (!node.type().equals("RA") && !node.type().equals("CA")) {
                    continue;
                }
                List<String> premises = new ArrayList<>();
                List<String> conclusions = new ArrayList<>();
                for (String[] edge : edgesOf(node.id())) {
                    if (edge[1].equals(node.id()) && type(edge[0]).equals("I")) {
                        String premise = claim(edge[0]);
                        if (!premises.contains(premise)) {
                            premises.add(premise);
                        }
                    } else if (edge[0].equals(node.id())) {
                        String target = edge[1];
                        switch (type(target)) {
                            case "I" -> conclusions.add(claim(target));
                            case "RA", "CA" -> conclusions.add(target);
                            default -> { }
                        }
                    }
                }
                String what = node.type() + "-node " + node.id();
                if (conclusions.isEmpty() || premises.isEmpty()) {
                    report.add("dropped " + what + ": it has " + (premises.isEmpty() ? "no premise" : "no conclusion"));
                    continue;
                }
                if (conclusions.size() > 1) {
                    report.add(what + " has " + conclusions.size() + " conclusions; only the first, "
                            + conclusions.get(0) + ", is kept");
                }
                String conclusion = conclusions.get(0);
                if (premises.remove(conclusion)) {
                    report.add(what + ": dropped its premise " + conclusion + ", which is also its conclusion");
                    if (premises.isEmpty()) {
                        report.add("dropped " + what + ": nothing is left to argue from");
                        continue;
                    }
                }
                Optional<String> scheme = node.scheme().or(() -> Optional.of(node.text().trim())
                        .filter(text -> !text.isEmpty() && !DEFAULT_TEXTS.contains(text.toLowerCase(Locale.ROOT))))
                        .map(AifReader.this::schemeFor);
                inferences.put(node.id(), new Inference(node.id(), node.type().equals("CA"), premises, conclusion, scheme));
            }
            // An inference aimed at one that was dropped has nothing to argue about.
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Inference inference : inferences.values()) {
                    if (!inference.dropped && isInference(inference.conclusion) && !alive(inference.conclusion)) {
                        inference.dropped = true;
                        changed = true;
                        report.add("dropped " + (inference.attack ? "CA" : "RA") + "-node " + inference.aifId
                                + ": the inference it is aimed at was dropped");
                    }
                }
            }
        }

        private boolean isInference(String id) {
            String type = type(id);
            return type.equals("RA") || type.equals("CA");
        }

        private boolean alive(String inferenceId) {
            Inference inference = inferences.get(inferenceId);
            return inference != null && !inference.dropped;
        }

        private List<Inference> live() {
            return inferences.values().stream().filter(i -> !i.dropped).toList();
        }

        /**
         * Walks support steps (premise -> RA -> conclusion) in file order and drops each RA that would
         * make a statement support itself through a chain: the earlier-written reasoning stands.
         */
        private void breakSupportCycles() {
            Map<String, Set<String>> steps = new HashMap<>();
            for (Inference inference : live()) {
                if (inference.attack) {
                    continue;
                }
                String target = inference.conclusion;
                boolean closes = inference.premises.stream().anyMatch(p -> Reach.reaches(steps, target, p));
                if (closes) {
                    inference.dropped = true;
                    report.add("dropped RA-node " + inference.aifId + " (" + String.join(", ", inference.premises)
                            + " -> " + target + "): it would close a cycle of supports, which argmap refuses (circular reasoning)");
                    continue;
                }
                for (String premise : inference.premises) {
                    steps.computeIfAbsent(premise, k -> new LinkedHashSet<>()).add(inference.aifId);
                }
                steps.computeIfAbsent(inference.aifId, k -> new LinkedHashSet<>()).add(target);
            }
        }

        private List<String> otherRoots = List.of();

        private String chooseThesis(List<String> claims) throws AifException {
            Set<String> premises = new HashSet<>();
            Set<String> concluded = new HashSet<>();
            for (Inference inference : live()) {
                premises.addAll(inference.premises);
                concluded.add(inference.conclusion);
            }
            List<String> roots = claims.stream().filter(id -> claim(id).equals(id))
                    .filter(id -> !premises.contains(id) && concluded.contains(id)).toList();
            if (wantedThesis.isPresent()) {
                String wanted = wantedThesis.get();
                Optional<String> named = claims.stream().filter(id -> id.equals(wanted) || mapId(id).equals(wanted)).findFirst().map(this::claim);
                if (named.isEmpty()) {
                    throw new AifException(file + ": --thesis " + wanted + " names no I-node of the file",
                            roots.isEmpty() ? "name an I-node's nodeID" : "statements that could be the thesis: " + String.join(", ", roots));
                }
                if (premises.contains(named.get())) {
                    throw new AifException(file + ": --thesis " + wanted + " cannot be the thesis: it supports or attacks something",
                            roots.isEmpty() ? "a thesis supports and attacks nothing" : "statements that could be the thesis: " + String.join(", ", roots));
                }
                otherRoots = roots.stream().filter(r -> !r.equals(named.get())).toList();
                return named.get();
            }
            if (roots.isEmpty()) {
                List<String> unrelated = claims.stream().filter(id -> claim(id).equals(id) && !premises.contains(id)).toList();
                if (claims.size() == 1 || unrelated.size() == 1) {
                    return unrelated.isEmpty() ? claims.get(0) : unrelated.get(0);
                }
                throw new AifException(file + ": no statement supports and attacks nothing while others argue for or against it, so none can be the thesis",
                        "name the thesis with --thesis ID (an I-node's nodeID)");
            }
            Map<String, List<String>> into = intoEachNode();
            String best = roots.get(0);
            int bestCount = Reach.from(best, into).size();
            for (String root : roots.subList(1, roots.size())) {
                int count = Reach.from(root, into).size();
                if (count > bestCount) {
                    best = root;
                    bestCount = count;
                }
            }
            String chosen = best;
            otherRoots = roots.stream().filter(r -> !r.equals(chosen)).toList();
            if (!otherRoots.isEmpty()) {
                report.add("chose " + chosen + " as the thesis, the one most nodes reach (" + bestCount
                        + "); other statements that support and attack nothing: " + String.join(", ", otherRoots)
                        + " (choose one with --thesis)");
            }
            return chosen;
        }

        /** The thesis and every statement and inference with a path to it. */
        /** For each node, what leads into it: a conclusion's inferences, an inference's premises. */
        private Map<String, List<String>> intoEachNode() {
            Map<String, List<String>> into = new HashMap<>();
            for (Inference inference : live()) {
                into.computeIfAbsent(inference.conclusion, k -> new ArrayList<>()).add(inference.aifId);
                for (String premise : inference.premises) {
                    into.computeIfAbsent(inference.aifId, k -> new ArrayList<>()).add(premise);
                }
            }
            return into;
        }

        private void reportLeftOut(List<String> claims, Set<String> kept) {
            List<String> statements = claims.stream().filter(id -> claim(id).equals(id) && !kept.contains(id)).toList();
            if (!statements.isEmpty()) {
                report.add("left out " + statements.size() + " statement" + (statements.size() == 1 ? "" : "s")
                        + (statements.size() == 1 ? " that does not" : " that do not") + " reach the thesis: " + String.join(", ", statements));
            }
            List<String> steps = live().stream().map(i -> i.aifId).filter(id -> !kept.contains(id)).toList();
            if (!steps.isEmpty()) {
                report.add("left out " + steps.size() + " RA/CA-node" + (steps.size() == 1 ? "" : "s")
                        + (steps.size() == 1 ? " that does not" : " that do not") + " reach the thesis: " + String.join(", ", steps));
            }
        }

        /** A valid, unique map id for AIF node {@code aifId}, the same on every call. */
        private String mapId(String aifId) {
            String known = ids.get(aifId);
            if (known != null) {
                return known;
            }
            String wanted = aifId.startsWith(ARGUMENT_PREFIX) ? aifId.substring(ARGUMENT_PREFIX.length()) : aifId;
            String id = idMaker.take(wanted, wanted);
            if (!id.equals(wanted)) {
                report.add("AIF node " + aifId + " is " + id + " in the map (map ids are lower-case letters, digits and '-', unique)");
            }
            ids.put(aifId, id);
            return id;
        }

        private AifImport build(List<String> claims, String thesis, Set<String> kept, List<String> otherRoots) {
            for (String id : claims) {
                if (kept.contains(id)) {
                    mapId(id);
                }
            }
            List<Inference> steps = live().stream().filter(i -> kept.contains(i.aifId)).toList();
            Set<String> aimedAt = new HashSet<>();
            steps.forEach(i -> aimedAt.add(i.conclusion));
            Map<String, List<Ref>> supports = new HashMap<>();
            Map<String, List<Ref>> attacks = new HashMap<>();
            Map<String, Argument> arguments = new LinkedHashMap<>();
            for (Inference inference : steps) {
                boolean argument = inference.aifId.startsWith(ARGUMENT_PREFIX) || inference.premises.size() > 1
                        || inference.scheme.isPresent() || aimedAt.contains(inference.aifId);
                if (argument) {
                    String id = mapId(inference.aifId);
                    arguments.put(id, new Argument(id, at, inference.attack ? ArgumentKind.ATTACK : ArgumentKind.SUPPORT, at,
                            inference.premises.stream().map(p -> new Ref(mapId(p), at)).toList(),
                            new Ref(mapId(inference.conclusion), at),
                            inference.scheme.map(s -> new Text(s, at)), Optional.empty(), List.of(), List.of()));
                    continue;
                }
                String from = inference.premises.get(0);
                List<Ref> list = (inference.attack ? attacks : supports).computeIfAbsent(from, k -> new ArrayList<>());
                String to = mapId(inference.conclusion);
                if (list.stream().anyMatch(ref -> ref.id().equals(to))) {
                    report.add("dropped " + (inference.attack ? "CA" : "RA") + "-node " + inference.aifId + ": " + from
                            + " already " + (inference.attack ? "attacks " : "supports ") + inference.conclusion + " (a parallel duplicate)");
                    continue;
                }
                list.add(new Ref(to, at));
            }
            Map<String, Perspective> perspectives = new LinkedHashMap<>();
            Map<String, String> perspectiveOf = perspectives(kept, perspectives);
            Map<String, Statement> statements = new LinkedHashMap<>();
            for (String aifId : claims) {
                if (!kept.contains(aifId)) {
                    continue;
                }
                String id = mapId(aifId);
                String text = graph.nodes().get(aifId).text().replaceAll("\\s+", " ").trim();
                if (text.isEmpty()) {
                    text = "(the I-node " + aifId + " has no text)";
                    report.add("I-node " + aifId + " has no text; it reads \"" + text + "\" in the map");
                }
                boolean isThesis = aifId.equals(thesis);
                statements.put(id, new Statement(id, at, new Text(text, at),
                        isThesis ? Optional.of(new Text(Kind.THESIS.word(), at)) : Optional.empty(),
                        isThesis ? Kind.THESIS : Kind.PREMISE,
                        supports.getOrDefault(aifId, List.of()), attacks.getOrDefault(aifId, List.of()),
                        Optional.ofNullable(perspectiveOf.get(aifId)).map(p -> new Ref(p, at)),
                        List.of(), Optional.empty(), List.of(), Statement.DEFAULT_WEIGHT, Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), List.of()));
            }
            ArgumentMap map = new ArgumentMap(file, 1, Optional.empty(), Source.NONE, perspectives, statements,
                    arguments, Expectations.NONE, at);
            Map<String, String> keptIds = new LinkedHashMap<>();
            ids.forEach((aif, id) -> {
                if (kept.contains(aif)) {
                    keptIds.put(aif, id);
                }
            });
            mergedInto.keySet().forEach(merged -> {
                if (kept.contains(claim(merged))) {
                    keptIds.put(merged, mapId(claim(merged)));
                }
            });
            return new AifImport(map.withKinds(KindInference.infer(map)), mapId(thesis), otherRoots, report, keptIds);
        }

        /** Speakers of L -> YA -> I chains as perspectives; returns each statement's perspective id. */
        private Map<String, String> perspectives(Set<String> kept, Map<String, Perspective> perspectives) {
            Map<String, String> speakerOfYa = new HashMap<>();
            for (String[] edge : graph.edges()) {
                if (type(edge[0]).equals("L") && type(edge[1]).equals("YA")) {
                    speaker(edge[0]).ifPresent(s -> speakerOfYa.putIfAbsent(edge[1], s));
                }
            }
            Map<String, String> perspectiveOf = new HashMap<>();
            Map<String, String> idOfSpeaker = new HashMap<>();
            IdMaker perspectiveIds = new IdMaker(Set.of(), "speaker");
            for (String[] edge : graph.edges()) {
                String speaker = speakerOfYa.get(edge[0]);
                if (speaker == null || !type(edge[1]).equals("I") || !kept.contains(claim(edge[1]))) {
                    continue;
                }
                String[] parts = speaker.split("\u0000", 2);
                String perspective = idOfSpeaker.computeIfAbsent(parts[0], person -> {
                    String written = person.startsWith("perspective:") ? person.substring("perspective:".length()) : parts[1];
                    String id = perspectiveIds.take(written, written);
                    perspectives.put(id, new Perspective(id, at, Optional.of(new Text(parts[1], at)), Optional.empty()));
                    return id;
                });
                String statement = claim(edge[1]);
                String earlier = perspectiveOf.putIfAbsent(statement, perspective);
                if (earlier != null && !earlier.equals(perspective)) {
                    report.add("statement " + statement + " is said by more than one speaker; its perspective is the first, " + earlier);
                }
            }
            return perspectiveOf;
        }

        /** The speaker of an L-node: from its locution and participant, else from "<speaker> says '...'". */
        private Optional<String> speaker(String locution) {
            String known = graph.speakers().get(locution);
            if (known != null) {
                return Optional.of(known);
            }
            String text = graph.nodes().get(locution).text();
            int says = text.indexOf(" says ");
            if (says > 0) {
                String name = text.substring(0, says).trim();
                return Optional.of(name + "\u0000" + name);
            }
            return Optional.empty();
        }
    }
}
