package org.argmap.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Reads files that a map, a settings file or an output folder may have put in argmap's way, on
 * the assumption that they were written by someone else: only a regular file is opened (a device,
 * named pipe or folder could hand out endless bytes, block for ever or fail oddly), and never
 * more than a given number of bytes is read, since a file's size can lie ({@code /proc} files
 * say 0). The type is checked before the file is opened: a file swapped for a pipe in between
 * could still block, which a checked-out pull request cannot arrange.
 */
public final class RegularFiles {

    private RegularFiles() {
    }

    /** Why a path was not read: its message completes "X ...", e.g. "is a folder, not a file". */
    public static class Refused extends IOException {
        public Refused(String reason) {
            super(reason, null);
        }
    }

    /** A regular file with more bytes than allowed; {@link #getMessage()} says how many. */
    public static final class TooLarge extends Refused {
        public TooLarge(long limit) {
            super("is larger than the limit of " + limit + " bytes");
        }
    }

    /**
     * The bytes of a regular file, at most {@code maxBytes} of them.
     *
     * @param options {@link LinkOption#NOFOLLOW_LINKS} to refuse a symbolic link rather than follow it
     * @throws NoSuchFileException when there is nothing at the path
     * @throws TooLarge            when the file holds more than {@code maxBytes} bytes
     * @throws Refused             when the path is something other than a regular file
     */
    public static byte[] read(Path path, int maxBytes, LinkOption... options) throws IOException {
        if (regular(path, options).size() > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        byte[] bytes = readStart(path, maxBytes == Integer.MAX_VALUE ? maxBytes : maxBytes + 1, options);
        if (bytes.length > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        return bytes;
    }

    /**
     * The first {@code maxBytes} bytes of a regular file, or all of it when it is shorter.
     *
     * @throws NoSuchFileException when there is nothing at the path
     * @throws Refused             when the path is something other than a regular file
     */
    public static byte[] readStart(Path path, int maxBytes, LinkOption... options) throws IOException {
        regular(path, options);
        try (InputStream in = Files.newInputStream(path, options)) {
            return in.readNBytes(maxBytes);
        }
    }

    private static BasicFileAttributes regular(Path path, LinkOption... options) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, options);
        if (!attributes.isRegularFile()) {
            throw new Refused("is " + kind(path, attributes, options) + ", not a regular file");
        }
        return attributes;
    }

    /**
     * What is at {@code path} when it is not a regular file, not following a symbolic link there:
     * "a folder", "a symbolic link", "a named pipe (FIFO)" and so on; empty for a regular file or
     * when there is nothing at the path.
     */
    public static Optional<String> irregular(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
        return attributes.isRegularFile() ? Optional.empty()
                : Optional.of(kind(path, attributes, LinkOption.NOFOLLOW_LINKS));
    }

    /** A name for what a path that is not a regular file holds, for messages. */
    private static String kind(Path path, BasicFileAttributes attributes, LinkOption... options) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        try {
            // the file type bits of st_mode, where the platform offers them (Linux, macOS)
            int mode = (Integer) Files.getAttribute(path, "unix:mode", options);
            switch (mode & 0170000) {
                case 0010000: return "a named pipe (FIFO)";
                case 0020000: return "a character device";
                case 0060000: return "a block device";
                case 0140000: return "a socket";
                default: break;
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            // no unix view here: the generic name below has to do
        }
        return "a device, pipe or socket";
    }
}
