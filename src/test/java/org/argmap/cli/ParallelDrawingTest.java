package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.fixtures.GeneratedMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} draws several maps at once, one per core, yet prints and writes exactly what it
 * would drawing one map at a time: the same lines in the same order, the same files, byte for byte.
 * Child JVMs are told how many cores they have ({@code -XX:ActiveProcessorCount}), so the test
 * draws in parallel on any machine; they draw with Graphviz as WebAssembly.
 */
class ParallelDrawingTest {

    @TempDir
    Path dir;

    /**
     * Maps of different sizes, big first, so that small ones finish first when drawn at once; one
     * with non-ASCII text (which Graphviz warns about and argmap does not repeat), one with errors (not drawn) and one whose
     * evaluation does not settle (a note).
     */
    private List<String> writeMaps(Path repository) throws IOException {
        Files.createDirectories(repository.resolve(".git"));
        Path maps = Files.createDirectories(repository.resolve("maps"));
        Files.writeString(maps.resolve("a-large.yaml"), GeneratedMaps.yaml(80, 1), StandardCharsets.UTF_8);
        Files.writeString(maps.resolve("b-broken.yaml"), "argmap: 1\nstatements:\n  x:\n    text: X.\n    supports: nowhere\n",
                StandardCharsets.UTF_8);
        Files.writeString(maps.resolve("c-small.yaml"), GeneratedMaps.yaml(12, 2), StandardCharsets.UTF_8);
        Files.writeString(maps.resolve("d-accents.yaml"), CheckCommandTest.VALID.replace("Distrust", "Méfiance"),
                StandardCharsets.UTF_8);
        Files.copy(Path.of("src/test/resources/evaluate/swinging-cycle.yaml"), maps.resolve("e-swinging.yaml"));
        Files.writeString(maps.resolve("f-medium.yaml"), GeneratedMaps.yaml(40, 3), StandardCharsets.UTF_8);
        return List.of("maps/a-large.yaml", "maps/c-small.yaml", "maps/d-accents.yaml", "maps/e-swinging.yaml", "maps/f-medium.yaml");
    }

    private static List<String> render(String output, String... maps) {
        List<String> command = new ArrayList<>(List.of("render", "--engine", "embedded", "--evaluate", "-f", "svg,dot", "-o", output));
        command.addAll(List.of(maps));
        return command;
    }

    /** The JIT flags for short runs, which halve the time Graphviz as WebAssembly takes here. */
    private static final List<String> QUICK_JIT = List.of("-XX:TieredStopAtLevel=1", "-XX:-DontCompileHugeMethods");

    private static List<String> jvm(int cores) {
        List<String> options = new ArrayList<>(List.of("-XX:ActiveProcessorCount=" + cores));
        options.addAll(QUICK_JIT);
        return options;
    }

    @Test
    void manyMapsAtOnceGiveTheSameOutputAndFilesAsOneAtATime() throws Exception {
        Path oneCore = dir.resolve("one-core");
        Path fourCores = dir.resolve("four-cores");
        List<String> drawable = writeMaps(oneCore);
        writeMaps(fourCores);

        CliRun sequential = ChildJvmRuns.run(oneCore, jvm(1),
                List.of(render("out", "maps"))).get(0);
        List<List<String>> runs = new ArrayList<>(List.of(render("out", "maps")));
        drawable.forEach(map -> runs.add(render("alone", map)));
        List<CliRun> parallel = ChildJvmRuns.run(fourCores, jvm(4), runs);

        assertEquals(ExitStatus.FINDINGS, sequential.status(), sequential::all);
        assertEquals(sequential, parallel.get(0), "same status, same lines in the same order");
        assertFalse(sequential.out().contains("Graphviz:"), "accents draw without a warning: " + sequential.all());
        assertTrue(sequential.out().contains("note: maps/e-swinging.yaml: strengths did not converge"), sequential::all);
        assertTrue(sequential.out().contains("not drawn: maps/b-broken.yaml has errors"), sequential::all);
        assertEquals(List.of("a-large", "c-small", "d-accents", "e-swinging", "f-medium"), sequential.out().lines()
                .filter(line -> line.startsWith("wrote ") && line.endsWith(".svg (embedded engine)"))
                .map(line -> line.replaceAll("^wrote out/(.*)\\.svg .*$", "$1")).toList(), "written in the maps' order");

        List<String> files = names(oneCore.resolve("out"));
        assertEquals(10, files.size(), files::toString);
        assertEquals(files, names(fourCores.resolve("out")));
        assertEquals(files, names(fourCores.resolve("alone")));
        for (String file : files) {
            byte[] expected = Files.readAllBytes(oneCore.resolve("out").resolve(file));
            assertArrayEquals(expected, Files.readAllBytes(fourCores.resolve("out").resolve(file)), file);
            assertArrayEquals(expected, Files.readAllBytes(fourCores.resolve("alone").resolve(file)), file + " drawn alone");
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
