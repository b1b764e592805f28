package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.argmap.render.engine.StubEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argmap watch} on a folder of maps, run as a user runs it: it draws, then each save is
 * checked and drawn again while it keeps running. Every wait is for a condition, with a deadline.
 */
class WatchCommandTest {

    private static final String TALLY = "1 map checked";

    @TempDir
    Path dir;

    private Path maps;
    private Path output;
    private Path essay;

    @BeforeEach
    void makeMaps() throws IOException {
        maps = Files.createDirectories(dir.resolve("maps"));
        output = dir.resolve("output");
        essay = maps.resolve("essay.yaml");
        Files.writeString(essay, CheckCommandTest.VALID);
    }

    private LiveRun watch(String... paths) {
        String[] args = new String[paths.length + 3];
        args[0] = "watch";
        args[1] = "-o";
        args[2] = output.toString();
        System.arraycopy(paths, 0, args, 3, paths.length);
        LiveRun run = LiveRun.start(StubEngine.selector(), args);
        run.awaitOut("the watch to start", out -> out.contains("for changes; Ctrl-C stops"));
        return run;
    }

    private Path svg(String name) {
        return output.resolve(name + ".svg");
    }

    private String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean shows(Path file, String text) {
        return Files.exists(file) && read(file).contains(text);
    }

    @Test
    void drawsAtOnceThenAgainOnEverySaveAndABrokenMapKeepsItsDiagram() throws IOException {
        try (LiveRun run = watch(maps.toString())) {
            assertTrue(shows(svg("essay"), "Distrust runs too deep."), run::all);
            assertTrue(run.out().contains("wrote " + svg("essay")), run::all);

            Files.writeString(essay, CheckCommandTest.VALID.replace("too deep", "deeper still"));
            run.await("the saved text in the diagram", () -> shows(svg("essay"), "Distrust runs deeper still."));
            run.awaitOut("the second round's tally", out -> run.count(TALLY) == 2);

            byte[] good = Files.readAllBytes(svg("essay"));
            Files.writeString(essay, CheckCommandTest.VALID.replace("supports: separate-fights", "supports: separate-fight"));
            run.awaitOut("the error", out -> out.contains("not drawn: " + essay + " has errors"));
            String out = run.out();
            assertTrue(out.contains(essay + ":8:15: error[dangling-reference]: 'separate-fight' is not a statement or argument of this map"), out);
            assertArrayEquals(good, Files.readAllBytes(svg("essay")), "a broken map keeps its last good diagram");

            Files.writeString(essay, CheckCommandTest.VALID.replace("too deep", "deep enough"));
            run.await("the fixed map drawn", () -> shows(svg("essay"), "Distrust runs deep enough."));
            assertEquals(ExitStatus.CLEAN, run.stop());
            assertTrue(run.out().endsWith("stopped watching\n"), run::all);
        }
    }

    @Test
    void mapsMadeInTheFolderAreDrawnAndRemovedOnesForgotten() throws IOException {
        try (LiveRun run = watch(maps.toString())) {
            Path second = Files.createDirectories(maps.resolve("more")).resolve("second.yaml");
            Files.writeString(second, CheckCommandTest.VALID.replace("too deep", "in the second map"));
            run.await("the new map drawn", () -> shows(svg("second"), "in the second map"));

            Files.writeString(maps.resolve("notes.yaml"), "not: a map\n");
            Files.delete(essay);
            run.awaitOut("the removal", out -> out.contains(essay + " is gone; its files are left as they are"));
            assertTrue(Files.exists(svg("essay")), "a removed map's files stay");
            assertFalse(Files.exists(svg("notes")), run::all);
        }
    }

    @Test
    void aBurstOfSavesIsOneRoundAndASaveByRenameIsSeen() throws IOException {
        try (LiveRun run = watch(essay.toString())) {
            for (int i = 1; i <= 5; i++) {
                Files.writeString(essay, CheckCommandTest.VALID.replace("too deep", "deep, take " + i));
            }
            run.await("the last save drawn", () -> shows(svg("essay"), "deep, take 5."));

            // an editor's save: the new text written beside the map and renamed over it
            Path temporary = maps.resolve(".essay.yaml.swp");
            Files.writeString(temporary, CheckCommandTest.VALID.replace("too deep", "renamed into place"));
            Files.move(temporary, essay, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            run.await("the renamed save drawn", () -> shows(svg("essay"), "renamed into place"));
            run.awaitOut("the third round's tally", out -> run.count(TALLY) == 3);
            assertEquals(3, run.count(TALLY), () -> "the first render, one for the burst of five saves, one for the rename:\n"
                    + run.all());
        }
    }

    @Test
    void aChangedSettingsFileChecksEveryMapAgain() throws IOException {
        try (LiveRun run = watch(maps.toString())) {
            Files.writeString(dir.resolve("argmap.yaml"), "rules:\n  unrelated-statement: error\n");
            // argmap.yaml above the watched folder is not watched; one in it is
            Files.writeString(maps.resolve("argmap.yaml"), "strict: true\n");
            run.awaitOut("the second round", out -> run.count(TALLY) == 2);
        }
    }

    @Test
    void aPathThatDoesNotExistStopsTheCommandAsRenderDoes() {
        CliRun run = CliRun.of("watch", "-o", output.toString(), dir.resolve("nothing.yaml").toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("nothing.yaml"), run::all);
    }
}
