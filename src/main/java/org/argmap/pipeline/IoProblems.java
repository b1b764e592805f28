package org.argmap.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Says in words what went wrong with a path ("out.svg is a file, not a folder", "permission
 * denied"), for the messages of commands. Java's own messages are a bare path or the name of an
 * exception class, which tell the user nothing they can act on.
 */
public final class IoProblems {

    private IoProblems() {
    }

    /**
     * What went wrong using {@code path}, as the user named it.
     *
     * @param path the path the command was working on when {@code e} was thrown
     */
    public static String describe(Path path, IOException e) {
        Optional<Path> fileInTheWay = fileInTheWay(path);
        String reason = e instanceof FileSystemException f && f.getReason() != null
                ? f.getReason().toLowerCase(Locale.ROOT) : "";
        if (fileInTheWay.isPresent() && (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || reason.equals("not a directory"))) {
            return fileInTheWay.get() + " is a file, not a folder";
        }
        if (reason.equals("is a directory") || Files.isDirectory(path) && !(e instanceof AccessDeniedException)) {
            return path + " is a folder, not a file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied" + elsewhere(path, e);
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder" + elsewhere(path, e);
        }
        if (!reason.isEmpty()) {
            return reason + elsewhere(path, e);
        }
        if (e instanceof FileSystemException) {
            return "cannot use " + ((FileSystemException) e).getFile();
        }
        return e.getMessage() == null || e.getMessage().isBlank() ? "an input or output error" : e.getMessage();
    }

    /** The path itself or the nearest of its folders that exists as something other than a folder. */
    public static Optional<Path> fileInTheWay(Path path) {
        for (Path p = path; p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** " (on other/path)" when the problem lay with another path than the one the user named. */
    private static String elsewhere(Path path, IOException e) {
        if (!(e instanceof FileSystemException f) || f.getFile() == null) {
            return "";
        }
        Path file = Path.of(f.getFile());
        boolean same = file.equals(path) || file.equals(path.toAbsolutePath()) || file.toAbsolutePath().equals(path.toAbsolutePath());
        return same ? "" : " (" + file + ")";
    }
}
