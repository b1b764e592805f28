package org.argmap.pipeline;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Tells a front end which files changed under the paths it watches, a burst of changes at a time:
 * an editor's save is often several events (a write, or a new file renamed over the old one, with a
 * backup made on the way), and a save of several files at once is one burst too. {@link #next}
 * waits for the first event and then until none has come for the quiet period, and returns every
 * path touched meanwhile, once.
 *
 * <p>A named folder is watched with every folder below it but hidden ones, and folders made later
 * are added as they appear; symbolic links to folders are not followed, as {@link MapFiles} does not
 * follow them. A named file is watched through its folder, so that replacing it (deleting it and
 * making it again, or renaming another file onto it) is seen. On Linux the JDK watches with inotify
 * and hears of a change within milliseconds; elsewhere it may poll, and take a few seconds.
 */
public final class FileWatch implements AutoCloseable {

    /**
     * The paths touched in one burst, as the watched paths name them; {@code lost} when the system
     * dropped events (too many at once), so that anything may have changed.
     */
    public record Changes(Set<Path> paths, boolean lost) {
        public Changes {
            paths = Set.copyOf(paths);
        }

        /** Whether {@code file} is among the paths, compared as absolute paths. */
        public boolean touches(Path file) {
            Path wanted = file.toAbsolutePath().normalize();
            return paths.stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(wanted));
        }
    }

    private final WatchService service;
    private final Duration quiet;
    /** Each watched folder by its key; folders named in full, or only for their named files. */
    private final Map<WatchKey, Path> folders = new HashMap<>();
    /** The files named on their own, by folder (absolute): only these of the folder are reported. */
    private final Map<Path, Set<Path>> namedFiles = new HashMap<>();
    /** The folders watched whole (absolute). */
    private final Set<Path> wholeFolders = new java.util.HashSet<>();

    /**
     * Starts watching.
     *
     * @param paths files and folders
     * @param quiet how long no event must come before a burst counts as over
     * @throws PipelineException.UnusableInput when a path cannot be watched
     */
    public FileWatch(List<Path> paths, Duration quiet) {
        this.quiet = Objects.requireNonNull(quiet, "quiet");
        try {
            this.service = FileSystems.getDefault().newWatchService();
        } catch (IOException e) {
            throw new PipelineException.UnusableInput("cannot watch files here: " + e.getMessage());
        }
        for (Path path : paths) {
            try {
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    registerTree(path);
                } else {
                    Path folder = path.toAbsolutePath().getParent();
                    Path parent = path.getParent() == null ? Path.of("") : path.getParent();
                    if (!wholeFolders.contains(folder)) {
                        register(parent.toString().isEmpty() ? Path.of(".") : parent, folder);
                        namedFiles.computeIfAbsent(folder, f -> new LinkedHashSet<>()).add(path);
                    }
                }
            } catch (IOException e) {
                close();
                throw new PipelineException.UnusableInput("cannot watch " + path + ": " + IoProblems.describe(path, e));
            }
        }
    }

    private void register(Path folder, Path absolute) throws IOException {
        WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }

    private void registerWhole(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        register(folder, absolute);
        wholeFolders.add(absolute);
        namedFiles.remove(absolute); // a folder watched whole reports every file
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                registerWhole(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // a folder that cannot be read is reported by the scan, not here
            }
        });
    }

    /**
     * Waits for the next burst of changes and returns it once no event has come for the quiet period.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the front end stops)
     */
    public Changes next() throws InterruptedException {
        Set<Path> touched = new LinkedHashSet<>();
        boolean lost = false;
        WatchKey key;
        try {
            key = service.take();
            while (key != null) {
                lost |= drain(key, touched);
                key = touched.isEmpty() && !lost ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("the watch was closed");
        }
        return new Changes(touched, lost);
    }

    /** Takes the key's events into {@code touched}; true when events were lost. */
    private boolean drain(WatchKey key, Set<Path> touched) {
        Path folder = folders.get(key);
        boolean lost = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                lost = true;
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            Set<Path> named = namedFiles.get(folder.toAbsolutePath());
            if (named != null) {
                named.stream().filter(n -> n.toAbsolutePath().normalize().equals(path.toAbsolutePath().normalize()))
                        .forEach(touched::add);
                continue;
            }
            touched.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
                    && !path.getFileName().toString().startsWith(".")) {
                try {
                    registerTree(path);
                    // maps moved in with the folder made no events of their own
                    try (var inside = Files.walk(path)) {
                        inside.filter(Files::isRegularFile).forEach(touched::add);
                    }
                } catch (IOException | java.io.UncheckedIOException e) {
                    // gone again already, or unreadable: the next scan says so
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone
        }
        return lost;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing is left to watch either way
        }
    }
}
