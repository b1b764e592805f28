package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
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
    void onlyTheTemporaryNamesOfTheTargetsAreStale() {
        Set<String> targets = Set.of("m.svg", "weird.name.svg");
        assertTrue(AtomicFiles.isTemporaryOf(".m.svg.1234.tmp", targets));
        assertTrue(AtomicFiles.isTemporaryOf(".weird.name.svg.18446744073709551615.tmp", targets));
        assertFalse(AtomicFiles.isTemporaryOf(".m.svg.tmp", targets));
        assertFalse(AtomicFiles.isTemporaryOf(".m.svg.12a.tmp", targets));
        assertFalse(AtomicFiles.isTemporaryOf("m.svg.1234.tmp", targets));
        assertFalse(AtomicFiles.isTemporaryOf(".n.svg.1234.tmp", targets));
        assertFalse(AtomicFiles.isTemporaryOf(".m.svg.1234.tmp.tmp", targets));
    }
}
