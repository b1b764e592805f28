package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.fixtures.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The large maps the old embedded engine could not draw (it failed on 2,000 statements with
 * "Cannot enlarge memory arrays") render with Graphviz as WebAssembly, in one {@code render} call:
 * a generated map of 2,000 statements, and a chain of 5,000 statements each supporting the next,
 * whose layout recurses as deep as the chain is long and needs the engine's large render stack.
 * Every statement is in its diagram.
 *
 * <p>It runs in a child JVM with the JIT flags for short runs, as a launcher would start argmap;
 * both maps take 15-20 s there on a busy two-core machine (about twice that with default flags).
 */
class LargeMapsRenderTest {

    private static final int GENERATED = 2000;
    private static final int CHAIN = 5000;

    @TempDir
    Path dir;

    @Test
    void twoThousandStatementsAndAChainOfFiveThousandAreDrawnWithEveryStatement() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(maps.resolve("generated.yaml"), GeneratedMaps.yaml(GENERATED, 7), StandardCharsets.UTF_8);
        Files.writeString(maps.resolve("chain.yaml"), GeneratedMaps.supportChain(CHAIN), StandardCharsets.UTF_8);

        CliRun run = ChildJvmRuns.run(dir, List.of("-XX:TieredStopAtLevel=1", "-XX:-DontCompileHugeMethods"),
                List.of(List.of("render", "--engine", "embedded", "--time-budget", "0", "maps"))).get(0);

        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(statements(CHAIN), drawnStatements(dir.resolve("output/chain.svg")));
        assertEquals(statements(GENERATED), drawnStatements(dir.resolve("output/generated.svg")));
        assertTrue(run.out().contains("wrote output/chain.svg (embedded engine)"), run::all);
    }

    private static Set<String> statements(int count) {
        return IntStream.range(0, count).mapToObj(i -> "statement-s" + i).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The ids of the statements drawn in an SVG file. */
    private static Set<String> drawnStatements(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        NodeList groups = factory.newDocumentBuilder().parse(svg.toFile()).getElementsByTagName("g");
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < groups.getLength(); i++) {
            String id = ((Element) groups.item(i)).getAttribute("id");
            if (id.startsWith("statement-")) {
                ids.add(id);
            }
        }
        return ids;
    }
}
