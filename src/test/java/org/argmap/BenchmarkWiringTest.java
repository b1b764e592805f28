package org.argmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.argmap.fixtures.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The benchmarks (docs/benchmarks.md) are compiled only under the {@code bench} profile, so no
 * ordinary build would notice them coming apart from the project. This reads the build and the
 * benchmark sources as text, which is cheap, rather than compiling them, which needs JMH.
 */
class BenchmarkWiringTest {

    private static final Path BENCH_SOURCES = Path.of("src/bench/java");
    private static final Path BENCHMARK = BENCH_SOURCES.resolve("org/argmap/bench/PipelineBenchmark.java");

    private static Document pom() throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    private static Element benchProfile(Document pom) {
        NodeList profiles = pom.getElementsByTagName("profile");
        for (int i = 0; i < profiles.getLength(); i++) {
            Element profile = (Element) profiles.item(i);
            if (text(profile, "id").equals("bench")) {
                return profile;
            }
        }
        throw new AssertionError("pom.xml has no profile 'bench'");
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
    }

    private static boolean inside(Node node, Element ancestor) {
        for (Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void jmhIsATestDependencyOfTheBenchProfileOnly() throws Exception {
        Document pom = pom();
        Element profile = benchProfile(pom);
        NodeList artifacts = pom.getElementsByTagName("artifactId");
        List<String> jmh = new ArrayList<>();
        for (int i = 0; i < artifacts.getLength(); i++) {
            Node artifact = artifacts.item(i);
            if (artifact.getTextContent().strip().startsWith("jmh-")) {
                assertTrue(inside(artifact, profile), artifact.getTextContent() + " outside the bench profile");
                Element declared = (Element) artifact.getParentNode();
                if (declared.getTagName().equals("dependency")) {
                    assertEquals("test", text(declared, "scope"), artifact.getTextContent() + " scope");
                    jmh.add(artifact.getTextContent().strip());
                }
            }
        }
        assertEquals(List.of("jmh-core", "jmh-generator-annprocess"), jmh);
    }

    @Test
    void benchProfileCompilesTheBenchSourcesAndRunsTheTable() throws Exception {
        Element profile = benchProfile(pom());
        assertTrue(text(profile, "compileSourceRoots").contains("src/bench/java"), "src/bench/java is compiled with the tests");
        Matcher main = Pattern.compile("-cp %classpath ([\\w.]+)").matcher(text(profile, "commandlineArgs"));
        assertTrue(main.find(), "the profile runs a main class");
        Path source = BENCH_SOURCES.resolve(main.group(1).replace('.', '/') + ".java");
        assertTrue(Files.isRegularFile(source), source + " exists");
    }

    @Test
    void benchmarkShapesAreTheGeneratedMapShapes() throws IOException {
        String source = Files.readString(BENCHMARK);
        Matcher shapes = Pattern.compile("@Param\\(\\{([^}]*)\\}\\)\\s+public String shape;").matcher(source);
        assertTrue(shapes.find(), "a shape parameter");
        List<String> names = Arrays.stream(shapes.group(1).split(",")).map(s -> s.strip().replace("\"", "")).toList();
        assertEquals(GeneratedMaps.SHAPES, names);
    }

    @Test
    void benchmarksDocumentTheCommandThatRunsThem() throws IOException {
        assertTrue(Files.readString(Path.of("docs/benchmarks.md")).contains("mvn -q -Pbench test"));
    }
}
