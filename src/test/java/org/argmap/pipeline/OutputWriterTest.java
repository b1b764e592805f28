package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
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
}
