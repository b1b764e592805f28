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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A fuzz test that CI does not fuzz, or that has no seeds, would look fine in every build and find
 * nothing (docs/fuzzing.md). This reads the test sources and {@code scripts/fuzz} as text.
 */
class FuzzWiringTest {

    private static final Path TEST_SOURCES = Path.of("src/test/java");
    private static final Path TEST_RESOURCES = Path.of("src/test/resources");
    private static final Pattern FUZZ_METHOD = Pattern.compile("@FuzzTest\\s+void\\s+(\\w+)\\(");

    /** Each fuzz test class, as a source path relative to the test sources. */
    private static List<Path> fuzzTestSources() throws IOException {
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).filter(file -> {
                try {
                    return FUZZ_METHOD.matcher(Files.readString(file)).find();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).map(TEST_SOURCES::relativize).sorted().toList();
        }
    }

    @Test
    void ciFuzzesEveryFuzzTest() throws IOException {
        Matcher listed = Pattern.compile("tests=\\((\\w+FuzzTest[^)]*)\\)").matcher(Files.readString(Path.of("scripts/fuzz")));
        assertTrue(listed.find(), "scripts/fuzz lists the fuzz tests it runs by default");
        List<String> names = new ArrayList<>();
        for (Path source : fuzzTestSources()) {
            names.add(source.getFileName().toString().replace(".java", ""));
        }
        assertEquals(names.stream().sorted().toList(), Arrays.stream(listed.group(1).trim().split("\\s+")).sorted().toList());
        assertTrue(Files.readString(Path.of(".ci/run")).contains("scripts/fuzz "), ".ci/run fuzzes");
    }

    @Test
    void everyFuzzTestHasSeeds() throws IOException {
        for (Path source : fuzzTestSources()) {
            String className = source.getFileName().toString().replace(".java", "");
            Matcher method = FUZZ_METHOD.matcher(Files.readString(TEST_SOURCES.resolve(source)));
            while (method.find()) {
                Path seeds = TEST_RESOURCES.resolve(source.getParent()).resolve(className + "Inputs").resolve(method.group(1));
                try (Stream<Path> files = Files.list(seeds)) {
                    assertTrue(files.count() >= 3, seeds + " holds seeds");
                }
            }
        }
    }
}
