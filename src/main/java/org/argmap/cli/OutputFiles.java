package org.argmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.load.RegularFiles;
import org.argmap.load.Repository;
import org.argmap.pipeline.IoProblems;

/**
 * What {@code render} reads from its output folder: the stamps of earlier diagrams and, for
 * {@code --check}, the files to compare. The folder is often committed, so a pull request decides
 * what lies there. Only regular files are read or replaced, and only as much of them as the
 * question needs; a symbolic link (to {@code /dev/zero}, or to any file, even one beside it), a
 * named pipe, a device or a folder at an output path stops the command with a message that names
 * it, and is neither followed nor written through. The folder itself may be reached through
 * symbolic links, but not through one inside a repository that leads out of it
 * ({@link #requireConfined}).
 */
final class OutputFiles {

    /**
     * How much of the start of an SVG or HTML page is read for its {@link DrawingStamp}, in bytes
     * (1 MiB). The stamp comes before the root {@code <svg>} element: in a diagram after a few
     * hundred bytes of Graphviz's prolog, in a page after the page's header, which holds the map's
     * title and source and so stays well below this.
     */
    static final int STAMP_WINDOW = 1024 * 1024;

    private OutputFiles() {
    }

    /**
     * Makes sure that {@code -o DIR} can be the output folder: not reached through a link out of
     * its repository ({@link #requireConfined}), and no file where it or a folder above it should be.
     *
     * @throws CommandFailure saying what is in the way
     */
    static void requireUsableFolder(Path dir) {
        requireConfined(dir, Path.of("").toAbsolutePath());
        IoProblems.fileInTheWay(dir).ifPresent(file -> {
            throw new CommandFailure("-o " + (file.equals(dir) ? "" : dir + ": ") + file + " is a file, not a folder",
                    "-o names the folder the diagrams go to, e.g. -o diagrams");
        });
    }

    /**
     * Makes sure that the output folder is not reached through a symbolic link that leads out of
     * the repository it lies in, so that a pull request committing {@code output -> /root/.ssh}
     * cannot make {@code render} write, or {@code render --check} read, elsewhere on the machine.
     * Each link on the way to the folder is judged by where it lies: one in a repository (the
     * nearest folder with {@code .git} at or above it, else {@code workingDir}, when the link lies
     * below it) must lead to a place inside that repository. Links outside any repository, such as
     * a system's {@code /tmp -> /private/tmp} or a user's own link above their checkout, are
     * followed; so is a path written outside the repository with {@code ..} or as an absolute
     * path, which is the user's own choice.
     *
     * @param dir        the output folder as the user named it, relative to {@code workingDir}
     * @param workingDir the absolute folder argmap runs in
     * @throws CommandFailure when a link on the way leads out of its repository, or leads nowhere
     */
    static void requireConfined(Path dir, Path workingDir) {
        Path reached;
        Path workingReal;
        try {
            workingReal = workingDir.toRealPath();
            // walked name by name as the system does, '..' going up from where a link led, not from its name
            Path absolute = workingDir.resolve(dir);
            reached = absolute.getRoot();
            for (Path name : absolute.subpath(0, absolute.getNameCount())) {
                if (name.toString().equals(".") || name.toString().equals("..")) {
                    reached = name.toString().equals(".") || reached.getParent() == null ? reached : reached.getParent();
                    continue;
                }
                Path next = reached.resolve(name);
                if (!Files.isSymbolicLink(next)) {
                    // not there yet (render makes it), or a folder or file whose name is real
                    reached = next;
                    continue;
                }
                Path shown = next.startsWith(workingReal) ? workingReal.relativize(next) : next;
                Optional<Path> repository = Repository.enclosing(reached)
                        .or(() -> Optional.of(workingReal).filter(next::startsWith));
                Path target;
                try {
                    target = next.toRealPath();
                } catch (NoSuchFileException e) {
                    if (repository.isEmpty()) {
                        return; // a dangling link outside any repository: render's own errors say the rest
                    }
                    throw new CommandFailure("-o " + dir + ": " + shown + " is a symbolic link that leads nowhere",
                            "render writes its output folder inside the repository " + repository.get()
                                    + "; remove the link, or name another folder with -o");
                }
                if (repository.isPresent() && !target.startsWith(repository.get())) {
                    throw new CommandFailure("-o " + dir + ": " + shown + " is a symbolic link that leads out of the repository "
                            + repository.get() + " (to " + target + "); render neither writes nor reads there",
                            "remove the link, or, to write outside the repository, name that folder itself with -o");
                }
                reached = target;
            }
        } catch (IOException e) {
            throw new CommandFailure("cannot use the output folder " + dir + ": " + IoProblems.describe(dir, e),
                    "-o names the folder the diagrams go to, e.g. -o diagrams");
        }
    }

    /**
     * Whether a regular file is at {@code file}; false when there is nothing.
     *
     * @throws CommandFailure when something else is there
     */
    static boolean isPresent(Path file) {
        try {
            Optional<String> irregular = RegularFiles.irregular(file);
            if (irregular.isPresent()) {
                throw notRegular("cannot use " + file + ": it is " + irregular.get() + ", not a regular file");
            }
            return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The stamp of the SVG or HTML page at {@code file}, if a regular file is there and has one. */
    static Optional<DrawingStamp> stamp(Path file) {
        return start(file, STAMP_WINDOW).flatMap(bytes -> DrawingStamp.readFrom(new String(bytes, StandardCharsets.UTF_8)));
    }

    /**
     * Enough of the file at {@code file} to tell whether it equals a fresh file of
     * {@code freshLength} bytes: all of it when it could, and one byte more than it could otherwise.
     *
     * @param lineEndsMayDiffer whether CRLF counts as LF (text formats), so that the file on disk
     *                          may be up to twice as long and still equal
     */
    static Optional<byte[]> forComparison(Path file, int freshLength, boolean lineEndsMayDiffer) {
        long couldBe = lineEndsMayDiffer ? 2L * freshLength : freshLength;
        return start(file, (int) Math.min(Integer.MAX_VALUE - 8, couldBe + 1));
    }

    /**
     * Makes sure that writing {@code file} replaces a regular file or fills an empty place.
     *
     * @throws CommandFailure when something else is there
     */
    static void requireReplaceable(Path file) {
        try {
            Optional<String> irregular = RegularFiles.irregular(file);
            if (irregular.isPresent()) {
                throw notRegular("cannot write " + file + ": it is " + irregular.get() + ", not a regular file");
            }
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static Optional<byte[]> start(Path file, int maxBytes) {
        try {
            return Optional.of(RegularFiles.readStart(file, maxBytes, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        } catch (RegularFiles.Refused e) {
            throw notRegular("cannot use " + file + ": it " + e.getMessage());
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static CommandFailure notRegular(String message) {
        return new CommandFailure(message + "; render reads and replaces only regular files in its output folder",
                "remove it, and render writes a regular file there; or choose another folder with -o");
    }

    private static CommandFailure unreadable(Path file, IOException e) {
        return new CommandFailure("cannot read " + file + ": " + e.getMessage(),
                "render reads the files in the output folder; check that they are readable");
    }
}
