package org.argmap.render;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.attribute.SimpleLabel;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.LinkSource;
import guru.nidi.graphviz.model.LinkTarget;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import guru.nidi.graphviz.model.PortNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a graphviz-java graph as DOT text, character for character as the graph's own
 * {@code toString()} does, in time that grows with the size of the graph. graphviz-java's
 * serializer looks up every node by name in a list of the nodes written so far, so a map of
 * 50,000 statements took two minutes to write; here the lookup is a hash map. Like that serializer,
 * nodes of the same name are written once, where the name first occurs, with the links and
 * attributes of all of them (which is how the edge tails of {@link DotRenderer} join the nodes
 * they stand in for), and a node with neither attributes nor links is written only if nothing
 * links to it.
 *
 * <p>It writes what {@link DotRenderer} builds: nodes, subgraphs and clusters, and links from
 * node to node. A link to or from a named port or a compass point or a subgraph, or a subgraph
 * with links, is refused rather than written differently from graphviz-java.
 */
final class DotWriter {

    private final StringBuilder out = new StringBuilder();
    private final boolean directed;

    private DotWriter(boolean directed) {
        this.directed = directed;
    }

    /** The DOT text of {@code graph}, without a final newline, as {@code graph.toString()} gives it. */
    static String write(MutableGraph graph) {
        boolean differentlyDirected = graph.graphs().stream().anyMatch(sub -> sub.isDirected() != graph.isDirected());
        DotWriter writer = new DotWriter(graph.isDirected() || differentlyDirected);
        writer.out.append(graph.isStrict() ? "strict " : "").append(writer.directed ? "digraph " : "graph ");
        if (!graph.name().isContentEmpty()) {
            writer.out.append(graph.name().serialized()).append(' ');
        }
        writer.body(graph, differentlyDirected);
        return writer.out.toString();
    }

    private void subgraph(MutableGraph graph, boolean differentlyDirected) {
        if (!graph.name().isContentEmpty() || graph.isCluster()) {
            Label name = graph.isCluster() ? Label.of("cluster_" + graph.name()) : graph.name();
            out.append("subgraph ").append(name.serialized()).append(' ');
        }
        body(graph, differentlyDirected);
    }

    private void body(MutableGraph graph, boolean differentlyDirected) {
        out.append("{\n");
        if (differentlyDirected && graph.graphAttrs().get("dir") == null) {
            attributes("edge", Attributes.attr("dir", graph.isDirected() ? "forward" : "none"));
        }
        attributes("graph", graph.graphAttrs());
        attributes("node", graph.nodeAttrs());
        attributes("edge", graph.linkAttrs());

        Set<LinkSource> reached = reachable(graph.rootNodes());
        reached.addAll(reachable(graph.graphs()));
        List<MutableNode> nodes = new ArrayList<>();
        Map<Label, Integer> indexByName = new HashMap<>();
        List<MutableGraph> subgraphs = new ArrayList<>();
        for (LinkSource source : reached) {
            if (source instanceof MutableNode node) {
                Integer index = indexByName.putIfAbsent(node.name(), nodes.size());
                if (index == null) {
                    nodes.add(node);
                } else {
                    nodes.set(index, merged(node, nodes.get(index)));
                }
            } else if (source instanceof MutableGraph subgraph && subgraph.links().isEmpty()) {
                subgraphs.add(subgraph);
            } else {
                throw new IllegalArgumentException("DotWriter writes links between nodes only, not from " + source);
            }
        }
        Set<LinkTarget> linkedTo = Collections.newSetFromMap(new IdentityHashMap<>());
        nodes.forEach(node -> node.links().forEach(link -> linkedTo.add(
                link.to() instanceof PortNode port ? port.node() : link.to())));
        for (MutableNode node : nodes) {
            boolean isolated = node.links().isEmpty() && !linkedTo.contains(node) && graph.rootNodes().contains(node);
            if (!node.attrs().isEmpty() || isolated) {
                out.append(node.name().serialized());
                attributeList(node.attrs());
                out.append('\n');
            }
        }
        for (MutableGraph subgraph : subgraphs) {
            subgraph(subgraph, differentlyDirected);
            out.append('\n');
        }
        for (MutableNode node : nodes) {
            for (Link link : node.links()) {
                out.append(nodeName(link.from())).append(directed ? " -> " : " -- ").append(nodeName(link.to()));
                attributeList(link.attrs());
                out.append('\n');
            }
        }
        out.append('}');
    }

    /**
     * A node of the same name as one met earlier, joined with it as graphviz-java joins them:
     * the later one's links first, then the earlier one's, and the earlier one's attribute values.
     */
    private static MutableNode merged(MutableNode later, MutableNode earlier) {
        MutableNode merged = later.copy();
        merged.links().addAll(earlier.links());
        merged.add(earlier.attrs());
        return merged;
    }

    /** A link's end: a node, or a node's port without a record or a compass point (what a link to a node makes). */
    private static String nodeName(Object end) {
        if (end instanceof MutableNode node) {
            return node.name().serialized();
        }
        if (end instanceof PortNode port && port.port().record() == null && port.port().compass() == null) {
            return port.name().serialized();
        }
        throw new IllegalArgumentException("DotWriter writes links between nodes only, not " + end);
    }

    /** Each source and, depth first, what its links lead to, each once (equal sources count as one). */
    private static Set<LinkSource> reachable(Collection<? extends LinkSource> sources) {
        Set<LinkSource> reached = new LinkedHashSet<>();
        Deque<Iterator<Link>> pending = new ArrayDeque<>();
        for (LinkSource source : sources) {
            if (reached.add(source)) {
                pending.push(source.links().iterator());
            }
            while (!pending.isEmpty()) {
                Iterator<Link> links = pending.peek();
                if (!links.hasNext()) {
                    pending.pop();
                    continue;
                }
                LinkSource next = links.next().to().asLinkSource();
                if (reached.add(next)) {
                    pending.push(next.links().iterator());
                }
            }
        }
        return reached;
    }

    /** {@code name [a=b,...]} and a line break, or nothing when no attribute is written. */
    private void attributes(String name, Attributes<?> attributes) {
        int before = out.length();
        out.append(name);
        attributeList(attributes);
        if (out.length() == before + name.length()) {
            out.setLength(before);
        } else {
            out.append('\n');
        }
    }

    /** {@code " [a=b,...]"}: every attribute with a value whose name does not start with '$'. */
    private void attributeList(Attributes<?> attributes) {
        boolean first = true;
        for (Map.Entry<String, Object> attribute : attributes) {
            if (attribute.getKey().startsWith("$") || attribute.getValue() == null) {
                continue;
            }
            out.append(first ? " [" : ",");
            first = false;
            out.append(SimpleLabel.of(attribute.getKey()).serialized()).append('=')
                    .append(SimpleLabel.of(attribute.getValue()).serialized());
        }
        if (!first) {
            out.append(']');
        }
    }
}
