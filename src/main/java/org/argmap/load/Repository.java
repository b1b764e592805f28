package org.argmap.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The repository a file belongs to: the nearest folder at or above it that holds {@code .git}
 * (a folder in a clone, a file in a worktree or submodule). A map may read files inside its
 * repository only, so that a map in a pull request cannot make argmap print files of the machine
 * that checks it.
 */
public final class Repository {

    private Repository() {
    }

    /** Whether {@code folder} is the top of a repository. */
    static boolean isRoot(Path folder) {
        return Files.exists(folder.resolve(".git"));
    }

    /**
     * The root of the repository holding {@code folder}, or {@code folder} itself when no folder
     * above it is a repository.
     *
     * @param folder an absolute path with symbolic links resolved, so that the root is one too
     */
    public static Path rootOf(Path folder) {
        return enclosing(folder).orElse(folder);
    }

    /**
     * The root of the repository holding {@code folder}, if a folder at or above it is one.
     *
     * @param folder an absolute path with symbolic links resolved, so that the root is one too
     */
    public static Optional<Path> enclosing(Path folder) {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
