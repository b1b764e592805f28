package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapFilesTest {

    @TempDir
    Path dir;

    @Test
    void settingsFileIsNotTakenAsAMapFromADirectoryEvenIfItLooksLikeOne() throws IOException {
        Path map = Files.writeString(dir.resolve("essay.yaml"), CheckCommandTest.VALID);
        Files.writeString(dir.resolve("argmap.yaml"), CheckCommandTest.VALID);
        assertEquals(List.of(map), MapFiles.expand(List.of(dir)));
    }

    @Test
    void settingsFileNamedOnTheCommandLineIsTakenAsNamed() throws IOException {
        Path named = Files.writeString(dir.resolve("argmap.yaml"), CheckCommandTest.VALID);
        assertEquals(List.of(named), MapFiles.expand(List.of(named)));
    }
}
