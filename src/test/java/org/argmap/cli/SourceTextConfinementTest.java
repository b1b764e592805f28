package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.argmap.load.LoadLimits;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map from a pull request must not make {@code check} read files outside its repository, nor
 * anything that is not a regular file of sane size: each attack of issue 9 run through the real
 * command line, with the finding's position and no trace of the file's text in the output.
 */
class SourceTextConfinementTest {

    /** Text that is in the secret file only: neither in a map nor in argmap's messages. */
    private static final String SECRET = "s3cr3t-Zq9x";

    /** A quote whose closest passage, were the secret file read, would be the secret's line. */
    private static final String MAP = """
            argmap: 1
            source:
              text: %s
            statements:
              claim:
                kind: thesis
                text: A claim.
                quote: the deploy token was
            """;

    @TempDir
    Path dir;

    private Path repository;
    private Path maps;

    @BeforeEach
    void repositoryWithASecretBesideIt() throws IOException {
        repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        maps = Files.createDirectories(repository.resolve("maps"));
        Files.writeString(dir.resolve("secret.env"), "the deploy token is " + SECRET + "\n");
    }

    private Path map(String sourceText) throws IOException {
        return Files.writeString(maps.resolve("m.yaml"), MAP.formatted(sourceText));
    }

    /** Checks the map and asserts one refusal at the {@code source.text} value, and no leak. */
    private CliRun refused(Path map, String reason) {
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains(map + ":3:9: error[quote-not-found]: source text '"), run::all);
        assertTrue(run.out().contains("' " + reason + ", so no quote was checked"), run::all);
        assertFalse(run.all().contains(SECRET), run::all);
        assertFalse(run.all().contains("Exception"), run::all);
        return run;
    }

    @Test
    void procSelfEnvironIsRefusedUnread() throws IOException {
        CliRun run = refused(map("/proc/self/environ"), "is an absolute path");
        String path = System.getenv("PATH");
        assertTrue(path == null || !run.all().contains(path), run::all);
    }

    @Test
    void etcPasswdIsRefusedUnread() throws IOException {
        CliRun run = refused(map("/etc/passwd"), "is an absolute path");
        assertFalse(run.all().contains("root:"), run::all);
        assertTrue(run.out().contains("stays inside the repository " + repository.toRealPath()
                + "; for a text elsewhere, leave source.text out and pass the file with --source"), run::all);
    }

    @Test
    void aPathUpOutOfTheRepositoryIsRefusedUnread() throws IOException {
        refused(map("../../secret.env"), "leads out of the repository");
        refused(map("sub/../../../secret.env"), "leads out of the repository");
    }

    @Test
    void aSymbolicLinkOutOfTheRepositoryIsRefusedUnread() throws IOException {
        Files.createSymbolicLink(maps.resolve("essay.txt"), dir.resolve("secret.env"));
        refused(map("essay.txt"), "is a symbolic link to a file outside the repository");
    }

    @Test
    void aLinkedFolderOutOfTheRepositoryIsRefusedUnread() throws IOException {
        Files.createSymbolicLink(maps.resolve("texts"), dir);
        refused(map("texts/secret.env"), "is a symbolic link to a file outside the repository");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void devicesAreRefusedUnopened() throws IOException {
        refused(map("/dev/zero"), "is an absolute path");
        refused(map("/dev/stdin"), "is an absolute path");
        Files.createSymbolicLink(maps.resolve("zero.txt"), Path.of("/dev/zero"));
        refused(map("zero.txt"), "is a symbolic link to a file outside the repository");
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aNamedPipeInTheRepositoryIsRefusedUnopened() throws Exception {
        Path fifo = maps.resolve("essay.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        refused(map("essay.txt"), "is a named pipe (FIFO), not a regular file");
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Files.createDirectories(maps.resolve("texts"));
        refused(map("texts"), "is a folder, not a regular file");
    }

    @Test
    void aSourceTextOverTheLimitIsRefused() throws IOException {
        Files.write(maps.resolve("huge.txt"), new byte[LoadLimits.MAX_SOURCE_TEXT_BYTES + 1]);
        refused(map("huge.txt"), "is larger than the limit of " + LoadLimits.MAX_SOURCE_TEXT_BYTES + " bytes");
    }

    @Test
    void aSourceTextThatIsNotUtf8IsReportedAtItsFirstBadByte() throws IOException {
        byte[] latin1 = "the deploy token is\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(maps.resolve("essay.txt"), latin1);
        CliRun run = refused(map("essay.txt"), "is not UTF-8: byte 22 (line 2, column 3 of the text) is not valid");
        assertTrue(run.out().contains("save the source text as UTF-8"), run::all);
    }

    @Test
    void aTextInsideTheRepositoryIsReadWhereverItLies() throws IOException {
        Files.createDirectories(repository.resolve("texts"));
        Files.writeString(repository.resolve("texts/essay.txt"), "So the deploy token was gone.");
        Files.createSymbolicLink(maps.resolve("linked.txt"), repository.resolve("texts/essay.txt"));
        for (String path : new String[] {"../texts/essay.txt", "linked.txt", "./../maps/../texts/essay.txt"}) {
            CliRun run = CliRun.of("check", map(path).toString());
            assertEquals(ExitStatus.CLEAN, run.status(), () -> path + ": " + run.all());
        }
    }

    @Test
    void withoutARepositoryTheMapsFolderIsTheBoundary() throws IOException {
        Path loose = Files.createDirectories(dir.resolve("loose/maps"));
        Files.writeString(loose.resolve("essay.txt"), "the deploy token was here");
        Files.writeString(dir.resolve("loose/essay.txt"), "the deploy token was here");
        Path map = Files.writeString(loose.resolve("m.yaml"), MAP.formatted("essay.txt"));
        assertEquals(ExitStatus.CLEAN, CliRun.of("check", map.toString()).status());
        Files.writeString(map, MAP.formatted("../essay.txt"));
        refused(map, "leads out of the repository");
    }

    @Test
    void aSourceOnTheCommandLineMayLieOutsideTheRepository() throws IOException {
        Path map = Files.writeString(maps.resolve("m.yaml"), MAP.replace("source:\n  text: %s\n", ""));
        CliRun run = CliRun.of("check", "--source", dir.resolve("secret.env").toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("closest: the deploy token is"), "the user's own file is read: " + run.all());
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void aSourceOnTheCommandLineMustStillBeARegularFile() throws Exception {
        Path map = Files.writeString(maps.resolve("m.yaml"), MAP.replace("source:\n  text: %s\n", ""));
        CliRun zero = CliRun.of("check", "--source", "/dev/zero", map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, zero.status(), zero::all);
        assertTrue(zero.err().contains("cannot read the source text /dev/zero: it is a character device, not a regular file"),
                zero::all);
        CliRun folder = CliRun.of("check", "--source", maps.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, folder.status(), folder::all);
        assertTrue(folder.err().contains("it is a folder, not a regular file"), folder::all);
        Path fifo = dir.resolve("pipe");
        if (mkfifo(fifo)) {
            CliRun pipe = CliRun.of("check", "--source", fifo.toString(), map.toString());
            assertEquals(ExitStatus.CANNOT_RUN, pipe.status(), pipe::all);
            assertTrue(pipe.err().contains("it is a named pipe (FIFO), not a regular file"), pipe::all);
        }
        if (!Files.isRegularFile(Path.of("/dev/stdin"))) {
            CliRun stdin = CliRun.of("check", "--source", "/dev/stdin", map.toString());
            assertEquals(ExitStatus.CANNOT_RUN, stdin.status(), stdin::all);
            assertTrue(stdin.err().contains(", not a regular file"), stdin::all);
        }
    }

    @Test
    void aSourceOnTheCommandLineOverTheLimitIsRefused() throws IOException {
        Path map = Files.writeString(maps.resolve("m.yaml"), MAP.replace("source:\n  text: %s\n", ""));
        Path huge = Files.write(dir.resolve("huge.txt"), new byte[LoadLimits.MAX_SOURCE_TEXT_BYTES + 1]);
        CliRun run = CliRun.of("check", "--source", huge.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("it is larger than the limit of " + LoadLimits.MAX_SOURCE_TEXT_BYTES + " bytes"),
                run::all);
    }

    @Test
    void aSourceOnTheCommandLineThatIsNotUtf8StopsTheCommand() throws IOException {
        Path map = Files.writeString(maps.resolve("m.yaml"), MAP.replace("source:\n  text: %s\n", ""));
        Path latin1 = Files.write(dir.resolve("essay.txt"), "caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
        CliRun run = CliRun.of("check", "--source", latin1.toString(), map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("cannot read the source text " + latin1
                + ": it is not UTF-8: byte 3 (line 1, column 4 of the text) is not valid"), run::all);
    }

    @Test
    void aSettingsFileLinkedOutOfTheRepositoryIsNotRead() throws IOException {
        Files.writeString(dir.resolve("secret.env"), "strict: " + SECRET + "\n");
        Files.createSymbolicLink(repository.resolve("argmap.yaml"), dir.resolve("secret.env"));
        Path map = Files.writeString(maps.resolve("m.yaml"), MAP.replace("source:\n  text: %s\n", ""));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("argmap.yaml: it is a symbolic link to a file outside the repository"), run::all);
        assertFalse(run.all().contains(SECRET), run::all);
    }

    /** Makes a named pipe; false where there is no mkfifo (Windows). */
    static boolean mkfifo(Path path) throws InterruptedException {
        try {
            Process process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
