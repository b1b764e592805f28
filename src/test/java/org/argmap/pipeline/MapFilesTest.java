package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFilesTest {

    private static final String VALID = """
            argmap: 1
            statements:
              separate-fights:
                kind: thesis
                text: They will keep fighting separately.
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @Test
    void settingsFileIsNotTakenAsAMapFromADirectoryEvenIfItLooksLikeOne() throws IOException {
        Path map = write("essay.yaml", VALID);
        write("argmap.yaml", VALID);
        MapFiles.Found found = MapFiles.expand(List.of(dir), Files::newDirectoryStream);
        assertEquals(List.of(map), found.maps());
        assertEquals(List.of(), found.skipped());
    }

    @Test
    void settingsFileNamedOnTheCommandLineIsTakenAsNamed() throws IOException {
        Path named = write("argmap.yaml", VALID);
        assertEquals(List.of(named), MapFiles.expand(List.of(named), Files::newDirectoryStream).maps());
    }

    /** Tests run as root, which reads any folder, so the listing of one folder is made to fail instead. */
    @Test
    void folderThatCannotBeListedIsReportedAndTheOthersAreStillScanned() throws IOException {
        Path first = write("a/one.yaml", VALID);
        write("b/locked/two.yaml", VALID);
        Path last = write("c/three.yml", VALID);
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
        assertFalse(found.complete(), "a folder was left unread");
    }

    @Test
    void skippedYamlFilesAreNamedUpToThreeThenCounted() throws IOException {
        write("map.yaml", VALID);
        for (String name : List.of("a.yml", "b.yaml", "c.YAML", "d.yml")) {
            write(name, "jobs: {}\n");
        }
        write(".github/workflows/ci.yml", "on: push\n");
        write("notes.txt", "argmap: 1\n");
        MapFiles.Found found = MapFiles.expand(List.of(dir), Files::newDirectoryStream);
        assertEquals(List.of(dir.resolve("map.yaml")), found.maps());
        assertEquals(Optional.of("skipped 4 YAML files without a top-level 'argmap:' key: " + dir.resolve("a.yml") + ", "
                + dir.resolve("b.yaml") + ", " + dir.resolve("c.YAML") + " and 1 more"), found.skippedNote());
        assertTrue(found.complete(), "nothing was unreadable");
    }

    @Test
    void folderWhoseEveryPartIsUnreadableStopsTheCommandWithTheReasons() throws IOException {
        write("locked/one.yaml", VALID);
        PipelineException.UnusableInput failure = assertThrows(PipelineException.UnusableInput.class, () ->
                MapFiles.expand(List.of(dir), folder -> {
                    throw new AccessDeniedException(folder.toString());
                }));
        assertEquals("no map could be read", failure.getMessage());
        assertEquals(List.of("cannot read the folder " + dir + ": permission denied; the maps in it are not checked"),
                failure.reasons());
    }
}
