package org.argmap.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the {@value #FILE_NAME} that applies to a folder: the nearest one in the folder or above
 * it, looking no higher than the repository root (the first folder holding {@code .git}) or, outside
 * a repository, the filesystem root. A settings file in a parent repository never leaks into a
 * nested one.
 */
public final class ConfigLocator {

    public static final String FILE_NAME = "argmap.yaml";

    private ConfigLocator() {
    }

    /** The settings file for maps in {@code folder}, or empty when there is none. */
    public static Optional<Path> find(Path folder) {
        for (Path dir = folder.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
            // .git is a folder in a clone and a file in a worktree or submodule
            if (Repository.isRoot(dir)) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
