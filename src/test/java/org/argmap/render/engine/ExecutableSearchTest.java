package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutableSearchTest {

    @TempDir
    Path temp;

    private Path first;
    private Path second;

    @BeforeEach
    void twoDirectories() throws IOException {
        assumeTrue(Files.getFileStore(temp).supportsFileAttributeView("posix"), "needs POSIX permissions");
        first = Files.createDirectory(temp.resolve("first"));
        second = Files.createDirectory(temp.resolve("second"));
    }

    @Test
    void findsExecutableInALaterDirectory() throws IOException {
        Path dot = file(second.resolve("dot"), "rwxr-xr-x");
        assertEquals(Optional.of(dot), ExecutableSearch.find("dot", first + ":" + second, ":", false));
    }

    @Test
    void earlierDirectoryWins() throws IOException {
        Path early = file(first.resolve("dot"), "rwxr-xr-x");
        file(second.resolve("dot"), "rwxr-xr-x");
        assertEquals(Optional.of(early), ExecutableSearch.find("dot", first + ":" + second, ":", false));
    }

    @Test
    void fileWithoutExecutePermissionIsSkipped() throws IOException {
        file(first.resolve("dot"), "rw-r--r--");
        Path usable = file(second.resolve("dot"), "rwxr-xr-x");
        assertEquals(Optional.of(usable), ExecutableSearch.find("dot", first + ":" + second, ":", false));
    }

    @Test
    void directoryNamedLikeTheProgramIsSkipped() throws IOException {
        Files.createDirectory(first.resolve("dot"));
        assertEquals(Optional.empty(), ExecutableSearch.find("dot", first.toString(), ":", false));
    }

    @Test
    void missingProgramAndEmptyEntriesGiveNothing() {
        assertEquals(Optional.empty(), ExecutableSearch.find("dot", "::" + first + ":", ":", false));
        assertEquals(Optional.empty(), ExecutableSearch.find("dot", "", ":", false));
    }

    @Test
    void windowsSearchAddsExeAndToleratesQuotedEntries() throws IOException {
        Path exe = file(second.resolve("dot.exe"), "rwxr-xr-x");
        assertEquals(Optional.of(exe), ExecutableSearch.find("dot", first + ";\"" + second + "\"", ";", true));
        assertEquals(Optional.empty(), ExecutableSearch.find("dot", second.toString(), ":", false));
    }

    @Test
    void resultIsAbsolute() throws IOException {
        file(first.resolve("dot"), "rwxr-xr-x");
        assertTrue(ExecutableSearch.find("dot", first.toString(), ":", false).orElseThrow().isAbsolute());
    }

    private static Path file(Path path, String permissions) throws IOException {
        Files.writeString(path, "#!/bin/sh\n");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        return path;
    }
}
