package org.argmap.render.engine;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Finds a program on a PATH-style search list, the way a shell would. */
public final class ExecutableSearch {

    private ExecutableSearch() {
    }

    /**
     * The first executable regular file called {@code name} (on Windows also {@code name.exe}) in
     * the directories of {@code searchPath}, separated by {@code separator}. Empty entries, which
     * POSIX shells read as the current directory, are skipped on purpose: argmap should not run a
     * {@code dot} that happens to lie in the folder it was started from.
     */
    public static Optional<Path> find(String name, String searchPath, String separator, boolean windows) {
        List<String> candidates = windows ? List.of(name + ".exe", name) : List.of(name);
        for (String entry : searchPath.split(Pattern.quote(separator))) {
            String directory = windows ? entry.strip().replace("\"", "") : entry;
            if (directory.isEmpty()) {
                continue;
            }
            for (String candidate : candidates) {
                try {
                    Path path = Path.of(directory, candidate);
                    if (Files.isRegularFile(path) && Files.isExecutable(path)) {
                        return Optional.of(path.toAbsolutePath());
                    }
                } catch (InvalidPathException e) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #find(String, String, String, boolean)} with this process's PATH. */
    public static Optional<Path> findOnPath(String name, Platform platform) {
        String searchPath = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return find(name, searchPath, java.io.File.pathSeparator, platform.isWindows());
    }
}
