package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder of maps may be a pull request's checkout, which can commit symbolic links: a scan
 * follows a link only to a regular file inside the repository of the folder it scans, never opens
 * a device or pipe, names each link it leaves out, and goes on with the other maps. Run through
 * the real command line on a repository made in a temporary folder.
 */
class FolderScanLinksTest {

    /** Text that is in the file outside the repository only. */
    private static final String SECRET = "s3cr3t-Lk7w";

    /** A map that gives findings with snippets of its own lines, so it would print them were it read. */
    private static final String SECRET_MAP = "argmap: 1\n" + SECRET + ": the deploy token\n";

    @TempDir
    Path dir;

    private Path repository;
    private Path maps;
    private Path secret;

    @BeforeEach
    void repositoryWithAMapAndASecretBesideIt() throws IOException {
        repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        maps = Files.createDirectories(repository.resolve("maps"));
        Files.writeString(maps.resolve("good.yaml"), CheckCommandTest.VALID);
        secret = Files.writeString(dir.resolve("secret.yaml"), SECRET_MAP);
    }

    private CliRun check(Path path) {
        return CliRun.of("check", path.toString());
    }

    /** Checks the folder of maps and asserts that only the good map was taken, the rest named in notes. */
    private CliRun checkSkipping(String... notes) {
        CliRun run = check(maps);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        for (String note : notes) {
            assertTrue(run.err().contains("note: skipped " + note), run::all);
        }
        assertTrue(run.out().contains("1 map checked: no problems"), run::all);
        assertFalse(run.all().contains(SECRET), run::all);
        return run;
    }

    @Test
    void aLinkedMapLeadingOutOfTheRepositoryIsSkippedNamedAndNeverPrinted() throws IOException {
        Path link = Files.createSymbolicLink(maps.resolve("evil.yaml"), secret);
        checkSkipping(link + ": it is a symbolic link that leads out of the repository " + repository.toRealPath()
                + "; a folder scan reads only the repository's own files");
    }

    @Test
    void aLinkedFolderLeadingOutIsNotWalked() throws IOException {
        Files.createSymbolicLink(maps.resolve("more"), dir);
        checkSkipping();
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aLinkToDevZeroIsSkippedWithoutBeingOpened() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        Path link = Files.createSymbolicLink(maps.resolve("zero.yml"), zero);
        checkSkipping(link + ": it is a symbolic link that leads out of the repository");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeInTheFolderOrLinkedFromItIsSkippedWithoutBeingOpened() throws Exception {
        Path pipe = repository.resolve("pipe.yaml");
        assumeTrue(SourceTextConfinementTest.mkfifo(pipe));
        Path inFolder = maps.resolve("fifo.yaml");
        assumeTrue(SourceTextConfinementTest.mkfifo(inFolder));
        Path link = Files.createSymbolicLink(maps.resolve("piped.yaml"), pipe);
        checkSkipping(inFolder + ": it is a named pipe (FIFO), not a regular file",
                link + ": it is a symbolic link to a named pipe (FIFO), not to a regular file");
    }

    @Test
    void aLinkedMapInsideTheRepositoryIsFollowed() throws IOException {
        Path shared = Files.createDirectories(repository.resolve("shared"));
        Files.writeString(shared.resolve("other.yaml"), CheckCommandTest.VALID.replace("separate-fights", "linked-thesis"));
        Files.createSymbolicLink(maps.resolve("linked.yaml"), Path.of("../shared/other.yaml"));
        CliRun run = check(maps);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.err().contains("skipped"), run::all);
        assertTrue(run.out().contains("2 maps checked: no problems"), run::all);
    }

    @Test
    void withoutARepositoryTheScannedFolderIsTheBoundary() throws IOException {
        Path loose = Files.createDirectories(dir.resolve("loose"));
        Files.writeString(loose.resolve("good.yaml"), CheckCommandTest.VALID);
        Path link = Files.createSymbolicLink(loose.resolve("evil.yaml"), secret);
        CliRun run = check(loose);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertFalse(run.all().contains(SECRET), run::all);
        assertTrue(run.err().contains("note: skipped " + link + ": it is a symbolic link that leads out of the repository "
                + loose.toRealPath()), run::all);
    }

    @Test
    void aFolderHoldingOnlyALinkOutSaysSoInItsHint() throws IOException {
        Path only = Files.createDirectories(repository.resolve("only"));
        Path link = Files.createSymbolicLink(only.resolve("evil.yaml"), secret);
        CliRun run = check(only);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("no maps in " + only), run::all);
        assertTrue(run.err().contains("skipped " + link + ": it is a symbolic link that leads out of the repository"), run::all);
        assertFalse(run.all().contains(SECRET), run::all);
    }

    @Test
    void aLinkNamedOnTheCommandLineIsTheUsersChoiceAndIsRead() throws IOException {
        Path link = Files.createSymbolicLink(maps.resolve("evil.yaml"), secret);
        CliRun run = check(link);
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains(SECRET), run::all);
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aDeviceNamedOnTheCommandLineIsRefusedUnread() throws IOException {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        for (Path named : new Path[] {zero, Files.createSymbolicLink(maps.resolve("zero.yaml"), zero)}) {
            CliRun run = check(named);
            assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
            assertTrue(run.err().contains(named + " is neither a file nor a folder"), run::all);
            assertFalse(run.all().contains("Exception"), run::all);
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aPipeNamedOnTheCommandLineIsRefusedWithoutBlocking() throws Exception {
        Path pipe = maps.resolve("pipe.yaml");
        assumeTrue(SourceTextConfinementTest.mkfifo(pipe));
        CliRun run = check(pipe);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains(pipe + " is neither a file nor a folder"), run::all);
    }
}
