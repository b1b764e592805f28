package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.argmap.fixtures.GeneratedMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drawing that takes longer than {@code --time-budget} stops {@code render}: Graphviz as
 * WebAssembly is interrupted at the budget, the command exits 2 naming the map, the budget and the
 * ways round it, and no file is written, not even those of the maps drawn in time.
 *
 * <p>A generated map of 2,000 statements is checked in a second or two and takes Graphviz many
 * seconds to draw, so a budget of 4.5 s lets its checking through and stops its drawing. It runs
 * in a child JVM, with the embedded engine, which can be stopped.
 */
class DrawingTimeLimitTest {

    private static final String BUDGET = "4.5";

    @TempDir
    Path dir;

    private final Path slow = Path.of("maps", "slow.yaml");
    private final Path quick = Path.of("maps", "quick.yaml");
    private final Path out = Path.of("out");
    private byte[] slowSvgBefore;
    private byte[] quickSvgBefore;

    @BeforeEach
    void writeMapsAndEarlierDiagrams() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("maps"));
        Files.writeString(dir.resolve(quick), CheckCommandTest.VALID, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(slow), GeneratedMaps.yaml(2000, 7), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve(out));
        // stamped, so that render --check redraws them to compare
        String stamp = "<!-- argmap: engine=embedded dot-sha256=" + "0".repeat(64) + " -->\n";
        slowSvgBefore = (stamp + "<svg>earlier slow</svg>\n").getBytes(StandardCharsets.UTF_8);
        quickSvgBefore = (stamp + "<svg>earlier quick</svg>\n").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve(out).resolve("slow.svg"), slowSvgBefore);
        Files.write(dir.resolve(out).resolve("quick.svg"), quickSvgBefore);
    }

    private static void assertHints(CliRun run) {
        String hint = run.err().lines().filter(line -> line.startsWith("  hint: ")).findFirst().orElse("");
        for (String way : List.of("--time-budget SECONDS", "0: no limit", "--engine native", "-f dot", "--focus ID", "--perspective ID")) {
            assertTrue(hint.contains(way), () -> "the hint names " + way + ": " + run.all());
        }
    }

    @Test
    void renderStopsWithExitTwoNamesTheMapAndBudgetAndWritesNothing() throws Exception {
        CliRun run = ChildJvmRuns.run(dir, List.of(), List.of(List.of("render", "--engine", "embedded", "--time-budget", BUDGET,
                "-o", out.toString(), quick.toString(), slow.toString()))).get(0);

        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("argmap: drawing " + slow + " took longer than its time budget of " + BUDGET
                + " s and was stopped; nothing was written"), run::all);
        assertHints(run);
        assertTrue(run.out().contains("2 maps checked: no problems"), "checking had time enough: " + run.all());
        assertTrue(!run.out().contains("wrote "), run::all);
        assertArrayEquals(slowSvgBefore, Files.readAllBytes(dir.resolve(out).resolve("slow.svg")));
        assertArrayEquals(quickSvgBefore, Files.readAllBytes(dir.resolve(out).resolve("quick.svg")),
                "the map drawn in time is not written either");
        try (Stream<Path> files = Files.list(dir.resolve(out))) {
            assertEquals(2, files.count(), "no file was added, not even a temporary one");
        }
    }

    @Test
    void renderCheckStopsTheSameWay() throws Exception {
        CliRun run = ChildJvmRuns.run(dir, List.of(), List.of(List.of("render", "--check", "--engine", "embedded",
                "--time-budget", BUDGET, "-o", out.toString(), slow.toString()))).get(0);

        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("argmap: drawing " + slow + " took longer than its time budget of " + BUDGET
                + " s and was stopped"), run::all);
        assertHints(run);
        assertArrayEquals(slowSvgBefore, Files.readAllBytes(dir.resolve(out).resolve("slow.svg")));
    }
}
