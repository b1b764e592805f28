package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {

    @Test
    void writtenFileIsReadableByAllNotOnlyItsOwner(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path file = dir.resolve("d.svg");
        OutputWriter.write(file, "<svg/>");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("<svg/>", Files.readString(file));
    }

    @Test
    void onlyTheTemporaryNamesOfTheTargetsAreStale() {
        Set<String> targets = Set.of("m.svg", "weird.name.svg");
        assertTrue(OutputWriter.isTemporaryOf(".m.svg.1234.tmp", targets));
        assertTrue(OutputWriter.isTemporaryOf(".weird.name.svg.18446744073709551615.tmp", targets));
        assertFalse(OutputWriter.isTemporaryOf(".m.svg.tmp", targets));
        assertFalse(OutputWriter.isTemporaryOf(".m.svg.12a.tmp", targets));
        assertFalse(OutputWriter.isTemporaryOf("m.svg.1234.tmp", targets));
        assertFalse(OutputWriter.isTemporaryOf(".n.svg.1234.tmp", targets));
        assertFalse(OutputWriter.isTemporaryOf(".m.svg.1234.tmp.tmp", targets));
    }

    @Test
    void createNewWritesANewFileWhole(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("map.yaml");
        OutputWriter.createNew(file, "argmap: 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("argmap: 1\n", Files.readString(file));
        assertEquals(List.of(file), listing(dir), "no temporary file is left beside it");
    }

    @Test
    void createNewNeverReplacesAFileThatIsThere(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("map.yaml"), "mine");
        assertThrows(FileAlreadyExistsException.class,
                () -> OutputWriter.createNew(file, "new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("mine", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    /** Another program may create the file after any check argmap could make: the creation itself must refuse. */
    @Test
    void createNewRefusesAFileThatAppearsWhileItWrites(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("map.yaml");
        assertThrows(FileAlreadyExistsException.class, () -> OutputWriter.createNew(file,
                "new".getBytes(StandardCharsets.UTF_8), () -> write(file, "theirs")));
        assertEquals("theirs", Files.readString(file));
        assertEquals(List.of(file), listing(dir));
    }

    @Test
    void createNewDoesNotWriteThroughALink(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("elsewhere.yaml");
        Path link = dir.resolve("map.yaml");
        try {
            Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "no symbolic links here: " + e);
        }
        assertThrows(FileAlreadyExistsException.class,
                () -> OutputWriter.createNew(link, "new".getBytes(StandardCharsets.UTF_8)));
        assertFalse(Files.exists(target), "nothing was written where the dangling link leads");
    }

    private static void write(Path file, String content) {
        try {
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
