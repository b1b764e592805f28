package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocatorTest {

    @TempDir
    Path dir;

    private Path repository() throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectory(repo.resolve(".git"));
        return repo;
    }

    private static Path settings(Path folder) throws IOException {
        return Files.writeString(folder.resolve("argmap.yaml"), "strict: true\n");
    }

    @Test
    void settingsInTheMapsOwnFolderAreFound() throws IOException {
        Path maps = Files.createDirectories(repository().resolve("maps"));
        Path file = settings(maps);
        assertEquals(Optional.of(file), ConfigLocator.find(maps));
    }

    @Test
    void walkUpFindsTheSettingsAtTheRepositoryRoot() throws IOException {
        Path repo = repository();
        Path file = settings(repo);
        Path deep = Files.createDirectories(repo.resolve("maps/essays/2017"));
        assertEquals(Optional.of(file), ConfigLocator.find(deep));
    }

    @Test
    void nearestSettingsWin() throws IOException {
        Path repo = repository();
        settings(repo);
        Path essays = Files.createDirectories(repo.resolve("maps/essays"));
        Path nearer = settings(repo.resolve("maps"));
        assertEquals(Optional.of(nearer), ConfigLocator.find(essays));
    }

    @Test
    void walkStopsAtTheRepositoryRoot() throws IOException {
        settings(dir);
        Path maps = Files.createDirectories(repository().resolve("maps"));
        assertEquals(Optional.empty(), ConfigLocator.find(maps));
    }

    @Test
    void gitFileOfAWorktreeAlsoMarksTheRoot() throws IOException {
        settings(dir);
        Path worktree = Files.createDirectories(dir.resolve("worktree"));
        Files.writeString(worktree.resolve(".git"), "gitdir: /elsewhere\n");
        assertEquals(Optional.empty(), ConfigLocator.find(worktree));
    }

    @Test
    void noSettingsUpToTheRootGivesNone() throws IOException {
        Path maps = Files.createDirectories(repository().resolve("maps"));
        assertEquals(Optional.empty(), ConfigLocator.find(maps));
    }

    @Test
    void folderNamedLikeTheSettingsFileIsNotTaken() throws IOException {
        Path repo = repository();
        Files.createDirectory(repo.resolve("argmap.yaml"));
        assertEquals(Optional.empty(), ConfigLocator.find(repo));
    }
}
