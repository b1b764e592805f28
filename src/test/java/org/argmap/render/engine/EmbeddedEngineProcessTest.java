package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded engine as a user meets it: a fresh JVM with an empty cache. Its stdout must be
 * the SVG alone and its stderr empty (no stack-guard warning from the JVM, no logging), and it
 * must write only into the cache directory, never into the home folder.
 */
class EmbeddedEngineProcessTest {

    @TempDir
    Path temp;

    @Test
    void freshProcessPrintsOnlyTheSvgAndWritesOnlyIntoTheCache() throws Exception {
        assumeTrue(EmbeddedEngine.isBundledFor(Platform.current()), "no embedded engine for " + Platform.current());
        Path home = Files.createDirectory(temp.resolve("home"));
        Path cache = temp.resolve("cache");
        Path stdout = temp.resolve("stdout");
        Path stderr = temp.resolve("stderr");

        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home,
                "-cp", System.getProperty("java.class.path"),
                EmbeddedEngineProbe.class.getName())
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        builder.environment().remove("XDG_CACHE_HOME");
        builder.environment().put(CacheDirectory.OVERRIDE_VARIABLE, cache.toString());
        Process process = builder.start();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");

        assertEquals("", Files.readString(stderr, StandardCharsets.UTF_8));
        assertEquals(0, process.exitValue());
        Svg svg = Svg.parse(Files.readString(stdout, StandardCharsets.UTF_8));
        assertTrue(svg.texts().containsAll(Svg.CLUSTER_DOT_TEXTS), svg.texts().toString());
        assertEquals(List.of(), files(home));
        assertEquals(1, files(cache).stream().filter(p -> p.endsWith(J2v8Library.RESOURCE)).count(), files(cache).toString());
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }
}
