package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class J2v8LibraryTest {

    private static byte[] bundled;

    @TempDir
    Path cache;

    @BeforeAll
    static void readBundledLibrary() throws IOException {
        assumeTrue(J2v8Library.bundled().isPresent(), "this build bundles no J2V8 library");
        try (InputStream in = J2v8Library.bundled().orElseThrow().openStream()) {
            bundled = in.readAllBytes();
        }
    }

    @Test
    void installedCopyDiffersFromTheBundledLibraryOnlyInTheStackFlag() throws IOException {
        Path library = J2v8Library.install(cache);

        byte[] installed = Files.readAllBytes(library);
        assertEquals(bundled.length, installed.length);
        long differentBytes = java.util.stream.IntStream.range(0, bundled.length).filter(i -> bundled[i] != installed[i]).count();
        assertEquals(1, differentBytes);
        assertTrue(requestsExecutableStack(bundledCopy()), "the bundled library should need the patch");
        assertFalse(requestsExecutableStack(library));
    }

    @Test
    void installGoesIntoAVersionedFolderOfTheCacheAndLeavesNoPartialFiles() throws IOException {
        Path library = J2v8Library.install(cache);

        assertEquals(cache.toAbsolutePath(), library.getParent().getParent());
        assertTrue(library.getParent().getFileName().toString().startsWith("j2v8-"));
        assertEquals(List.of(library.getFileName().toString()), fileNames(library.getParent()));
    }

    @Test
    void goodCopyIsReusedWithoutRewriting() throws IOException {
        Path library = J2v8Library.install(cache);
        BasicFileAttributes before = Files.readAttributes(library, BasicFileAttributes.class);

        assertEquals(library, J2v8Library.install(cache));

        BasicFileAttributes after = Files.readAttributes(library, BasicFileAttributes.class);
        assertEquals(before.fileKey(), after.fileKey());
        assertEquals(before.lastModifiedTime(), after.lastModifiedTime());
    }

    @Test
    void truncatedCopyIsReplaced() throws IOException {
        Path library = J2v8Library.install(cache);
        Files.write(library, Arrays.copyOf(bundled, 4096));

        J2v8Library.install(cache);

        assertEquals(bundled.length, Files.size(library));
        assertFalse(requestsExecutableStack(library));
    }

    @Test
    void unpatchedCopyIsReplaced() throws IOException {
        Path library = J2v8Library.install(cache);
        Files.write(library, bundled);

        J2v8Library.install(cache);

        assertFalse(requestsExecutableStack(library));
    }

    @Test
    void partialCopiesOfExitedJvmsAreRemovedButRecentOnesKept() throws IOException {
        Path directory = J2v8Library.install(cache).getParent();
        Path abandoned = Files.writeString(directory.resolve(J2v8Library.RESOURCE + "1.part"), "old");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(Duration.ofHours(1))));
        Path inProgress = Files.writeString(directory.resolve(J2v8Library.RESOURCE + "2.part"), "new");

        J2v8Library.install(cache);

        assertFalse(Files.exists(abandoned));
        assertTrue(Files.exists(inProgress));
    }

    private Path bundledCopy() throws IOException {
        return Files.write(cache.resolve("original.so"), bundled);
    }

    private static boolean requestsExecutableStack(Path library) throws IOException {
        try (FileChannel channel = FileChannel.open(library, StandardOpenOption.READ)) {
            return ElfStackFlag.requestsExecutableStack(channel);
        }
    }

    private static List<String> fileNames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
