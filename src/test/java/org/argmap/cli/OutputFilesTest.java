package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

    private static final String STAMP = "<!-- argmap: engine=embedded dot-sha256=" + "ab".repeat(32) + " -->\n";

    @TempDir
    Path dir;

    @Test
    void aComparisonReadsOneByteMoreThanAnEqualFileCouldHave() throws IOException {
        Path file = Files.write(dir.resolve("big.png"), new byte[100_000]);
        assertEquals(11, OutputFiles.forComparison(file, 10, false).orElseThrow().length);
        assertEquals(21, OutputFiles.forComparison(file, 10, true).orElseThrow().length, "CRLF for every LF");
        assertEquals(100_000, OutputFiles.forComparison(file, 100_000, false).orElseThrow().length);
        assertTrue(OutputFiles.forComparison(dir.resolve("none.png"), 10, false).isEmpty());
    }

    @Test
    void theStampIsLookedForInTheFirstMebibyteOnly() throws IOException {
        Path near = Files.writeString(dir.resolve("near.svg"), "<?xml version=\"1.0\"?>\n" + STAMP + "<svg>\n</svg>\n");
        assertTrue(OutputFiles.stamp(near).isPresent());
        Path far = Files.writeString(dir.resolve("far.svg"), " ".repeat(OutputFiles.STAMP_WINDOW) + STAMP + "<svg>\n");
        assertTrue(OutputFiles.stamp(far).isEmpty());
        assertTrue(OutputFiles.stamp(dir.resolve("none.svg")).isEmpty());
    }

    @Test
    void withoutARepositoryALinkBelowTheWorkingDirectoryMustStayBelowIt() throws IOException {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createSymbolicLink(work.resolve("output"), outside);
        CommandFailure refused = assertThrows(CommandFailure.class, () -> OutputFiles.requireConfined(Path.of("output"), work));
        assertTrue(refused.getMessage().contains("-o output: output is a symbolic link that leads out of the repository "
                + work.toRealPath()), refused.getMessage());
        Files.createSymbolicLink(work.resolve("inside"), Files.createDirectories(work.resolve("site")));
        OutputFiles.requireConfined(Path.of("inside/diagrams"), work);
    }

    @Test
    void aLinkOutsideAnyRepositoryAndAboveTheWorkingDirectoryIsFollowed() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real/work"));
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), real.getParent());
        OutputFiles.requireConfined(alias.resolve("work/output"), real);
        OutputFiles.requireConfined(Path.of("../../alias/work/output"), real);
    }

    @Test
    void aDanglingLinkInARepositoryIsRefused() throws IOException {
        Path repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        Files.createSymbolicLink(repository.resolve("output"), dir.resolve("not-there"));
        CommandFailure refused = assertThrows(CommandFailure.class, () -> OutputFiles.requireConfined(Path.of("output"), repository));
        assertTrue(refused.getMessage().contains("output is a symbolic link that leads nowhere"), refused.getMessage());
    }
}
