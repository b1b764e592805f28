package org.argmap.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Writes a file so that readers see either the old or the new content, never half of one: into a
 * temporary file beside the target, named {@code .<target name>.<random digits>.tmp}, then moved
 * over it. A failure leaves the old file untouched. A run killed between the two steps leaves its
 * temporary file behind; {@link #removeStaleTemporaries} lets a later run clear it away.
 */
public final class OutputWriter {

    /**
     * How old a temporary file must be before a later run removes it. Writing one file takes
     * milliseconds to seconds, so a younger one may belong to a run writing at this very moment,
     * which would fail if its temporary file vanished.
     */
    private static final String TEMPORARY_SUFFIX = ".tmp";

    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private OutputWriter() {
    }

    /**
     * Removes the temporary files that interrupted runs left beside {@code targets}: regular files
     * (never links) named as {@link #write} names them for one of the targets, last modified at
     * least {@link #STALE_AFTER} ago. Each folder is listed once. What cannot be removed stays;
     * it is hidden and harmless, and the write that follows says whether the folder is writable.
     */
    public static void removeStaleTemporaries(Collection<Path> targets) {
        Map<Path, Set<String>> namesByFolder = new HashMap<>();
        for (Path target : targets) {
            namesByFolder.computeIfAbsent(target.toAbsolutePath().getParent(), folder -> new HashSet<>())
                    .add(target.getFileName().toString());
        }
        Instant staleBefore = Instant.now().minus(STALE_AFTER);
        namesByFolder.forEach((folder, names) -> {
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder,
                    entry -> isTemporaryOf(entry.getFileName().toString(), names))) {
                for (Path entry : entries) {
                    BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(staleBefore)) {
                        Files.deleteIfExists(entry);
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                // a folder not there yet holds nothing stale; one that cannot be cleaned keeps its leftovers
            }
        });
    }

    /** Whether {@code name} is {@code .<target>.<digits>.tmp} for one of {@code targets}. */
    static boolean isTemporaryOf(String name, Set<String> targets) {
        if (!name.startsWith(".") || !name.endsWith(TEMPORARY_SUFFIX)) {
            return false;
        }
        String middle = name.substring(1, name.length() - TEMPORARY_SUFFIX.length());
        int dot = middle.lastIndexOf('.');
        return dot > 0 && dot < middle.length() - 1
                && middle.substring(dot + 1).chars().allMatch(c -> c >= '0' && c <= '9')
                && targets.contains(middle.substring(0, dot));
    }

    /** A file made in memory, waiting to be written: the engine that drew it, if any, and a note. */
    public record OutputFile(Path file, byte[] content, Optional<String> engineName, Optional<String> note) {
    }

    /** A file that could not be written; the files before it are. */
    public static final class Failure extends RuntimeException {

        private final transient Path file;

        Failure(Path file, IOException cause) {
            super(file + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * Writes every file in turn, each as {@link #write} does, after removing the temporary files
     * that interrupted runs left beside them, and tells {@code written} of each once it is in place.
     *
     * @throws Failure at the first file that cannot be written
     */
    public static void writeAll(List<OutputFile> files, Consumer<OutputFile> written) {
        removeStaleTemporaries(files.stream().map(OutputFile::file).toList());
        for (OutputFile file : files) {
            try {
                write(file.file(), file.content());
            } catch (IOException e) {
                throw new Failure(file.file(), e);
            }
            written.accept(file);
        }
    }

    /** Writes {@code content} as UTF-8. */
    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            Files.write(temp, content);
            readableByAll(temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Creates {@code target} with {@code content}, and never replaces anything: a file, folder or
     * link already there, even one that appeared a moment ago, makes it throw
     * {@link FileAlreadyExistsException} and leaves that in place. The content goes to a temporary
     * file beside the target first and is then linked in under the target's name, a step the file
     * system refuses atomically when the name is taken (a move would replace it), so the file
     * appears whole or not at all. Where the file system has no hard links, the target is opened
     * with {@link StandardOpenOption#CREATE_NEW}, as exclusive, and written in place.
     *
     * @throws FileAlreadyExistsException when something is at {@code target}
     */
    public static void createNew(Path target, byte[] content) throws IOException {
        createNew(target, content, () -> { });
    }

    /** As {@link #createNew(Path, byte[])}, running {@code beforeCreating} between the temporary file and the target. */
    static void createNew(Path target, byte[] content, Runnable beforeCreating) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMPORARY_SUFFIX);
        try {
            Files.write(temp, content);
            readableByAll(temp);
            beforeCreating.run();
            try {
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (UnsupportedOperationException | FileSystemException e) {
                writeExclusively(target, content);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void writeExclusively(Path target, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(content);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException e) {
            // the file is this call's own, created a moment ago: leave nothing half written
            Files.deleteIfExists(target);
            throw e;
        }
    }

    /**
     * A temporary file starts readable by its owner only; the file it becomes is a diagram or page
     * meant to be shared, so it gets the usual rw-r--r--, where the file system has such modes.
     */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system (Windows): its default permissions apply
        }
    }
}
