package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The output folder is often committed, so a pull request decides what lies at the paths
 * {@code render} reads stamps from, compares with and replaces. Whatever is there that is not a
 * regular file stops {@code render} and {@code render --check} with a message naming it, without
 * reading it, following it or writing through it; and a run that stops leaves earlier outputs
 * as they were.
 */
class RenderOutputSafetyTest {

    @TempDir
    Path dir;

    private Path out;
    private Path map;
    private Path svg;

    @BeforeEach
    void mapAndOutputFolder() throws IOException {
        out = Files.createDirectories(dir.resolve("out"));
        map = Files.writeString(dir.resolve("m.yaml"), CheckCommandTest.VALID);
        svg = out.resolve("m.svg");
    }

    private CliRun render(String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "render";
        System.arraycopy(options, 0, args, 1, options.length);
        args[options.length + 1] = "-o";
        args[options.length + 2] = out.toString();
        args[options.length + 3] = map.toString();
        return CliRun.of(args);
    }

    /** Runs render and render --check, and asserts that both stop at {@code path}, naming what it is. */
    private void bothRefuse(Path path, String what, String... options) {
        for (boolean check : new boolean[] {false, true}) {
            String[] args = check ? prepend("--check", options) : options;
            CliRun run = render(args);
            assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
            assertTrue(run.err().contains(path + ": it is " + what + ", not a regular file;"
                    + " render reads and replaces only regular files in its output folder"), run::all);
            assertFalse(run.all().contains("Exception"), run::all);
            assertFalse(run.out().contains("wrote "), run::all);
        }
    }

    private static String[] prepend(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLinkToDevZeroIsReportedNotRead() throws IOException {
        Files.createSymbolicLink(svg, Path.of("/dev/zero"));
        bothRefuse(svg, "a symbolic link");
        assertEquals(Path.of("/dev/zero"), Files.readSymbolicLink(svg), "the link is left as it was");
    }

    @Test
    void aLinkToAFileBesideItIsReportedNotFollowed() throws IOException {
        Path other = Files.writeString(out.resolve("other.svg"), "someone else's diagram");
        Files.createSymbolicLink(svg, other);
        bothRefuse(svg, "a symbolic link");
        assertEquals("someone else's diagram", Files.readString(other), "nothing is written through the link");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeIsReportedNotOpened() throws Exception {
        assumeTrue(SourceTextConfinementTest.mkfifo(svg), "mkfifo is not available here");
        bothRefuse(svg, "a named pipe (FIFO)");
        Files.delete(svg);
        Path dot = out.resolve("m.dot");
        assumeTrue(SourceTextConfinementTest.mkfifo(dot));
        bothRefuse(dot, "a named pipe (FIFO)", "-f", "dot");
    }

    @Test
    void aFolderWhereTheDiagramGoesIsReported() throws IOException {
        Files.createDirectories(svg.resolve("inside"));
        bothRefuse(svg, "a folder");
        assertTrue(Files.isDirectory(svg.resolve("inside")), "the folder is left as it was");
    }

    @ParameterizedTest(name = "-f {0}")
    @ValueSource(strings = {"dot", "html"})
    void aFolderWhereAnotherFormatGoesIsReported(String format) throws IOException {
        Path file = Files.createDirectories(out.resolve("m." + format));
        bothRefuse(file, "a folder", "-f", format);
    }

    @Test
    void aStoppedRunLeavesEarlierOutputsAsTheyWere() throws IOException {
        Path first = Files.writeString(dir.resolve("a.yaml"), CheckCommandTest.VALID);
        Path earlier = Files.writeString(out.resolve("a.dot"), "digraph earlier {}\n");
        Files.createDirectories(out.resolve("m.dot"));
        CliRun run = CliRun.of("render", "-f", "dot", "-o", out.toString(), first.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("cannot write " + out.resolve("m.dot") + ": it is a folder"), run::all);
        assertEquals("digraph earlier {}\n", Files.readString(earlier), "a.dot would have been written first");
    }

    @Test
    void staleTemporaryFilesOfTheOutputsAreRemovedByTheNextRun() throws IOException {
        Instant longAgo = Instant.now().minus(10, ChronoUnit.MINUTES);
        Path stale = aged(Files.writeString(out.resolve(".m.dot.8123456789.tmp"), "half a diagram"), longAgo);
        Path young = Files.writeString(out.resolve(".m.dot.42.tmp"), "another run, writing now");
        Path othersMap = aged(Files.writeString(out.resolve(".n.dot.8123456789.tmp"), "not ours"), longAgo);
        Path notTemporary = aged(Files.writeString(out.resolve(".m.dot.backup.tmp"), "the user's"), longAgo);
        Path linkTarget = Files.writeString(dir.resolve("kept.txt"), "kept");
        Path link = Files.createSymbolicLink(out.resolve(".m.dot.77.tmp"), linkTarget);
        aged(link, longAgo);

        CliRun run = render("-f", "dot");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(Files.exists(stale, LinkOption.NOFOLLOW_LINKS), "a killed run's leftover is removed");
        assertTrue(Files.exists(young), "a younger one may be another run's, writing at this moment");
        assertTrue(Files.exists(othersMap), "only the outputs being written are cleaned");
        assertTrue(Files.exists(notTemporary), "a name render would not make is not render's");
        assertTrue(Files.isSymbolicLink(link), "a link is never render's");
        assertEquals("kept", Files.readString(linkTarget));
    }

    @Test
    void checkStillComparesARegularFile() throws IOException {
        assertEquals(ExitStatus.CLEAN, render("-f", "dot").status());
        assertEquals(ExitStatus.CLEAN, render("--check", "-f", "dot").status());
        Files.writeString(out.resolve("m.dot"), "x".repeat(1_000_000));
        CliRun stale = render("--check", "-f", "dot");
        assertEquals(ExitStatus.FINDINGS, stale.status(), stale::all);
        assertTrue(stale.out().contains("stale: " + out.resolve("m.dot")), stale::all);
    }

    /** Sets the file's (or link's own) modification time. */
    private static Path aged(Path path, Instant when) throws IOException {
        Files.getFileAttributeView(path, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setTimes(FileTime.from(when), null, null);
        return path;
    }
}
