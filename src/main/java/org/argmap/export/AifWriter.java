package org.argmap.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.argmap.model.Argument;
import org.argmap.model.ArgumentKind;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Perspective;
import org.argmap.model.Ref;
import org.argmap.model.Statement;
import org.argmap.model.Text;

/**
 * Writes a map as AIF JSON ({@code {nodes, edges, locutions}}, AIFdb's shape), the way
 * docs/interchange.md ("AIF") lays out:
 *
 * <ul>
 *   <li>each statement is an I-node whose {@code nodeID} is the statement's id;</li>
 *   <li>each {@code supports} relation is an RA node, each {@code attacks} relation a CA node,
 *       with the id {@code support:FROM:TO} or {@code attack:FROM:TO};</li>
 *   <li>each argument is one RA (support) or CA (attack) node with the id
 *       {@code argument:ID}, an edge from each premise and one to its conclusion, which for an
 *       undercut is the node of the argument it attacks; its scheme is the node's {@code scheme}
 *       and {@code text};</li>
 *   <li>a statement's perspective is a participant who asserts it: an L-node ({@code locution:ID})
 *       linked by a YA node ({@code assertion:ID}) to the I-node, and a {@code locutions} entry.</li>
 * </ul>
 *
 * Map ids are lower-case letters, digits and '-', so the ':' in every other node id keeps them
 * apart. The order is the map's and nothing depends on time or the machine: the same map gives
 * the same bytes.
 */
public final class AifWriter {

    /** OVA's texts for an S-node without a scheme, which OVA and AIFdb show. */
    static final String DEFAULT_INFERENCE = "Default Inference";
    static final String DEFAULT_CONFLICT = "Default Conflict";

    private record Node(String id, String text, String type, Optional<String> scheme) {
    }

    /** The AIF JSON of {@code map}, ending in a newline. */
    public String write(ArgumentMap map) {
        List<Node> nodes = new ArrayList<>();
        List<String[]> edges = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Statement statement : map.statements().values()) {
            nodes.add(new Node(statement.id(), statement.text().value(), "I", Optional.empty()));
        }
        for (Statement statement : map.statements().values()) {
            relations(map, statement, statement.supports(), false, nodes, edges, used);
            relations(map, statement, statement.attacks(), true, nodes, edges, used);
        }
        for (Argument argument : map.arguments().values()) {
            boolean attack = argument.kind() == ArgumentKind.ATTACK;
            Optional<String> target = nodeOf(map, argument.conclusion().id());
            if (target.isEmpty()) {
                continue;
            }
            String id = argumentNode(argument.id());
            Optional<String> scheme = argument.scheme().map(Text::value);
            nodes.add(new Node(id, scheme.orElse(attack ? DEFAULT_CONFLICT : DEFAULT_INFERENCE), attack ? "CA" : "RA", scheme));
            for (Ref premise : argument.premises()) {
                if (map.statements().containsKey(premise.id())) {
                    edges.add(new String[] {premise.id(), id});
                }
            }
            edges.add(new String[] {id, target.get()});
        }
        Map<String, Perspective> speakers = new LinkedHashMap<>();
        List<String[]> locutions = new ArrayList<>();
        for (Statement statement : map.statements().values()) {
            Optional<Perspective> perspective = statement.perspective().map(Ref::id).map(map.perspectives()::get);
            if (perspective.isEmpty()) {
                continue;
            }
            String locution = "locution:" + statement.id();
            String assertion = "assertion:" + statement.id();
            nodes.add(new Node(locution, perspective.get().displayName() + " says '" + statement.text().value() + "'", "L", Optional.empty()));
            nodes.add(new Node(assertion, "Asserting", "YA", Optional.empty()));
            edges.add(new String[] {locution, assertion});
            edges.add(new String[] {assertion, statement.id()});
            speakers.put(perspective.get().id(), perspective.get());
            locutions.add(new String[] {locution, participant(perspective.get().id())});
        }
        return json(nodes, edges, locutions, speakers);
    }

    private static void relations(ArgumentMap map, Statement statement, List<Ref> targets, boolean attack,
                                  List<Node> nodes, List<String[]> edges, Set<String> used) {
        for (Ref target : targets) {
            Optional<String> to = nodeOf(map, target.id());
            if (to.isEmpty() || target.id().equals(statement.id())) {
                continue;
            }
            String base = (attack ? "attack:" : "support:") + statement.id() + ":" + target.id();
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + ":" + n;
            }
            nodes.add(new Node(id, attack ? DEFAULT_CONFLICT : DEFAULT_INFERENCE, attack ? "CA" : "RA", Optional.empty()));
            edges.add(new String[] {statement.id(), id});
            edges.add(new String[] {id, to.get()});
        }
    }

    /** The AIF node an id of the map is drawn as; empty when it names nothing (a dangling reference). */
    private static Optional<String> nodeOf(ArgumentMap map, String id) {
        if (map.statements().containsKey(id)) {
            return Optional.of(id);
        }
        return map.arguments().containsKey(id) ? Optional.of(argumentNode(id)) : Optional.empty();
    }

    private static String argumentNode(String id) {
        return "argument:" + id;
    }

    private static String participant(String perspective) {
        return "perspective:" + perspective;
    }

    private static String json(List<Node> nodes, List<String[]> edges, List<String[]> locutions,
                               Map<String, Perspective> speakers) {
        StringWriter out = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.setPrettyPrinter(pretty);
            json.writeStartObject();
            json.writeArrayFieldStart("nodes");
            for (Node node : nodes) {
                json.writeStartObject();
                json.writeStringField("nodeID", node.id());
                json.writeStringField("text", node.text());
                json.writeStringField("type", node.type());
                if (node.scheme().isPresent()) {
                    json.writeStringField("scheme", node.scheme().get());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("edges");
            int number = 0;
            for (String[] edge : edges) {
                json.writeStartObject();
                json.writeStringField("edgeID", "edge:" + ++number);
                json.writeStringField("fromID", edge[0]);
                json.writeStringField("toID", edge[1]);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("locutions");
            for (String[] locution : locutions) {
                json.writeStartObject();
                json.writeStringField("nodeID", locution[0]);
                json.writeStringField("personID", locution[1]);
                json.writeEndObject();
            }
            json.writeEndArray();
            if (!speakers.isEmpty()) {
                json.writeArrayFieldStart("participants");
                for (Perspective perspective : speakers.values()) {
                    json.writeStartObject();
                    json.writeStringField("participantID", participant(perspective.id()));
                    json.writeStringField("firstname", perspective.displayName());
                    json.writeStringField("surname", "");
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return out + "\n";
    }
}
