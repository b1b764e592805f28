package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFilesTest {

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void settingsFileIsNotTakenAsAMapFromADirectoryEvenIfItLooksLikeOne() throws IOException {
        Path map = write("essay.yaml", CheckCommandTest.VALID);
        write("argmap.yaml", CheckCommandTest.VALID);
        MapFiles.Found found = MapFiles.expand(List.of(dir), Files::newDirectoryStream);
        assertEquals(List.of(map), found.maps());
        assertEquals(List.of(), found.skipped());
    }

    @Test
    void settingsFileNamedOnTheCommandLineIsTakenAsNamed() throws IOException {
        Path named = write("argmap.yaml", CheckCommandTest.VALID);
        assertEquals(List.of(named), MapFiles.expand(List.of(named), Files::newDirectoryStream).maps());
    }

    /** Tests run as root, which reads any folder, so the listing of one folder is made to fail instead. */
    @Test
    void folderThatCannotBeListedIsReportedAndTheOthersAreStillScanned() throws IOException {
        Path first = write("a/one.yaml", CheckCommandTest.VALID);
        write("b/locked/two.yaml", CheckCommandTest.VALID);
        Path last = write("c/three.yml", CheckCommandTest.VALID);
        Path locked = dir.resolve("b/locked");
        MapFiles.Found found = MapFiles.expand(List.of(dir), folder -> {
            if (folder.equals(locked)) {
                throw new AccessDeniedException(folder.toString());
            }
            return Files.newDirectoryStream(folder);
        });
        assertEquals(List.of(first, last), found.maps());
        assertEquals(List.of("cannot read the folder " + locked + ": permission denied; the maps in it are not checked"),
                found.unreadable());
        assertEquals(ExitStatus.CANNOT_RUN, found.exitStatus(ExitStatus.CLEAN));
        assertEquals(ExitStatus.CANNOT_RUN, found.exitStatus(ExitStatus.FINDINGS));
    }

    @Test
    void skippedYamlFilesAreNamedUpToThreeThenCounted() throws IOException {
        write("map.yaml", CheckCommandTest.VALID);
        for (String name : List.of("a.yml", "b.yaml", "c.YAML", "d.yml")) {
            write(name, "jobs: {}\n");
        }
        write(".github/workflows/ci.yml", "on: push\n");
        write("notes.txt", "argmap: 1\n");
        MapFiles.Found found = MapFiles.expand(List.of(dir), Files::newDirectoryStream);
        assertEquals(List.of(dir.resolve("map.yaml")), found.maps());
        java.io.StringWriter err = new java.io.StringWriter();
        found.report(new java.io.PrintWriter(err));
        assertEquals("note: skipped 4 YAML files without a top-level 'argmap:' key: " + dir.resolve("a.yml") + ", "
                + dir.resolve("b.yaml") + ", " + dir.resolve("c.YAML") + " and 1 more\n", err.toString());
    }

    @Test
    void folderWhoseEveryPartIsUnreadableStopsTheCommandWithTheReasons() throws IOException {
        write("locked/one.yaml", CheckCommandTest.VALID);
        CommandFailure failure = org.junit.jupiter.api.Assertions.assertThrows(CommandFailure.class, () ->
                MapFiles.expand(List.of(dir), folder -> {
                    throw new AccessDeniedException(folder.toString());
                }));
        assertEquals("no map could be read", failure.getMessage());
        assertEquals("argmap: cannot read the folder " + dir + ": permission denied; the maps in it are not checked\n",
                failure.details().orElseThrow());
    }
}
