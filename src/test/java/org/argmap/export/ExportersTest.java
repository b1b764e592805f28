package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The registry, and the meta-test: every exporter has a test class with a golden test and a
 * section in docs/formats.md, so that a format cannot be added without them.
 */
class ExportersTest {

    private static final Path FORMATS_DOC = Path.of("docs/formats.md");

    static Stream<Exporter> exporters() {
        return Exporters.all().stream();
    }

    @Test
    void registryIsSortedByNameAndListsEachExporterOnce() {
        List<String> names = Exporters.names();
        assertEquals(names.stream().sorted().distinct().toList(), names);
        assertEquals(names.size(), Exporters.all().stream().map(Object::getClass).distinct().count());
        // the formats render has always offered stay; a new one only adds to them
        assertTrue(names.containsAll(List.of("dot", "html", "pdf", "png", "svg")), names::toString);
    }

    @Test
    void byNameIgnoresCaseAndTheDefaultIsTheSvgDiagram() {
        assertEquals("pdf", Exporters.byName("PDF").orElseThrow().name());
        assertTrue(Exporters.byName("jpeg").isEmpty());
        assertEquals(Exporters.DEFAULT, Exporters.standard().name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void exporterClassIsNamedAfterItsFormat(Exporter exporter) {
        assertTrue(exporter.name().matches("[a-z][a-z0-9]*"), exporter.name());
        assertTrue(exporter.extension().matches("[a-z0-9]+"), exporter.extension());
        assertEquals(exporter.name().substring(0, 1).toUpperCase(Locale.ROOT) + exporter.name().substring(1) + "Exporter",
                exporter.getClass().getSimpleName());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void exporterHasATestClassWithAGoldenTest(Exporter exporter) {
        String testClass = exporter.getClass().getName() + "Test";
        Class<?> test;
        try {
            test = Class.forName(testClass);
        } catch (ClassNotFoundException e) {
            fail("exporter '" + exporter.name() + "' has no test class " + testClass);
            return;
        }
        List<String> golden = Arrays.stream(test.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .filter(name -> name.endsWith("GoldenFile"))
                .toList();
        assertFalse(golden.isEmpty(), testClass + " has no @Test method whose name ends in GoldenFile,"
                + " comparing the exporter's output with a file under src/test/resources/golden");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void exporterHasASummaryOnOneLine(Exporter exporter) {
        assertFalse(exporter.summary().isBlank());
        assertFalse(exporter.summary().contains("\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exporters")
    void exporterThatIsNotReproducibleSaysWhy(Exporter exporter) {
        assertFalse(exporter.notReproducibleBecause().isBlank());
    }

    @Test
    void formatsDocumentHasASectionForEachExporterAndARowInItsTable() throws IOException {
        String doc = Files.readString(FORMATS_DOC);
        Set<String> expected = new TreeSet<>();
        Exporters.all().forEach(exporter -> expected.add(exporter.name().toUpperCase(Locale.ROOT)));
        assertEquals(expected, new TreeSet<>(formatSections(doc)),
                "docs/formats.md has one '## NAME' section per exporter (and the others have words in lower case)");
        for (Exporter exporter : Exporters.all()) {
            assertTrue(doc.contains("\n| `" + exporter.name() + "`"), "docs/formats.md's table has no row for " + exporter.name());
        }
    }

    /** The headings of one upper-case word: one per format. */
    private static List<String> formatSections(String doc) {
        Matcher heading = Pattern.compile("(?m)^## ([A-Z0-9]+)\\s*$").matcher(doc);
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            names.add(heading.group(1));
        }
        return names;
    }
}
