package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.argmap.load.AifImport;
import org.argmap.load.AifReader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The AraucariaDB AIF corpus (../shared/corpora/aif-araucaria, 400 analyses of real texts): every
 * file imports to a map that passes {@code check}, and that map exports back to AIF with the same
 * structure. "The same structure" is defined in docs/interchange.md ("AIF"): the same I-nodes
 * (ids and texts, whitespace collapsed), the same set of inferences and conflicts, each an RA or CA
 * with its premises' ids, its conclusion (an I-node id or, for an undercut, that inference) and its
 * scheme; and the same number of I, RA and CA nodes and of edges between them once parallel
 * duplicates (which the import reports) count once. L and YA nodes are not part of it.
 */
class AifCorpusTest {

    static final Path CORPUS = Path.of("..", "shared", "corpora", "aif-araucaria");

    private final AifReader reader = new AifReader();
    private final AifWriter writer = new AifWriter();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyFileImportsChecksAndExportsBackWithTheSameStructure() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "the AIF corpus is not at " + CORPUS.toAbsolutePath()
                + "; this test reads it from there");
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = listed.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Map<String, String> failures = new TreeMap<>();
        for (Path file : files) {
            try {
                AifImport imported = reader.read(file.getFileName().toString(), Files.readAllBytes(file));
                AifRoundTripTest.assertPassesCheck(imported.map());
                UnaryOperator<String> id = aif -> imported.ids().getOrDefault(aif, "?" + aif);
                Structure original = Structure.of(json.readTree(file.toFile()), id, reader);
                Structure exported = Structure.of(json.readTree(writer.write(imported.map())), UnaryOperator.identity(), reader);
                assertEquals(original, exported);
            } catch (Exception | AssertionError e) {
                failures.put(file.getFileName().toString(), String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
            }
        }
        System.out.printf("AIF corpus: %d of %d files import, pass check and export back with the same structure%n",
                files.size() - failures.size(), files.size());
        assertTrue(files.size() >= 400, "expected the 400 files of the corpus, found " + files.size());
        assertEquals(Map.of(), failures);
    }

    /** What "the same structure" compares; see the class comment. */
    record Structure(Map<String, String> claims, Set<String> inferences, Map<String, Integer> counts) {

        static Structure of(JsonNode aif, UnaryOperator<String> mapId, AifReader reader) {
            Map<String, JsonNode> nodes = new LinkedHashMap<>();
            aif.get("nodes").forEach(n -> nodes.put(n.get("nodeID").asText(), n));
            Map<String, List<String>> premises = new HashMap<>();
            Map<String, String> conclusion = new HashMap<>();
            for (JsonNode edge : aif.get("edges")) {
                String from = edge.get("fromID").asText();
                String to = edge.get("toID").asText();
                if (isInference(nodes.get(to)) && type(nodes.get(from)).equals("I")) {
                    premises.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
                } else if (isInference(nodes.get(from))) {
                    conclusion.put(from, to);
                }
            }
            Map<String, String> claims = new TreeMap<>();
            Set<String> inferences = new TreeSet<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (JsonNode node : nodes.values()) {
                String id = node.get("nodeID").asText();
                if (type(node).equals("I")) {
                    claims.put(mapId.apply(id), node.get("text").asText().replaceAll("\\s+", " ").trim());
                    counts.merge("I", 1, Integer::sum);
                } else if (isInference(node) && inferences.add(signature(id, nodes, premises, conclusion, mapId, reader))) {
                    counts.merge(type(node), 1, Integer::sum);
                    counts.merge("edges", premises.getOrDefault(id, List.of()).size() + 1, Integer::sum);
                }
            }
            return new Structure(claims, inferences, counts);
        }

        private static String signature(String id, Map<String, JsonNode> nodes, Map<String, List<String>> premises,
                                        Map<String, String> conclusion, UnaryOperator<String> mapId, AifReader reader) {
            JsonNode node = nodes.get(id);
            String target = conclusion.get(id);
            String to = isInference(nodes.get(target))
                    ? "(" + signature(target, nodes, premises, conclusion, mapId, reader) + ")"
                    : mapId.apply(target);
            String scheme = node.hasNonNull("scheme") ? reader.schemeFor(node.get("scheme").asText()) : "-";
            return type(node) + " " + new TreeSet<>(premises.getOrDefault(id, List.of()).stream().map(mapId).toList())
                    + " -> " + to + " scheme " + scheme.toLowerCase(Locale.ROOT);
        }

        private static String type(JsonNode node) {
            return node == null ? "" : node.get("type").asText();
        }

        private static boolean isInference(JsonNode node) {
            return type(node).equals("RA") || type(node).equals("CA");
        }
    }
}
