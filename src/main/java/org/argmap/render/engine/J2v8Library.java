package org.argmap.render.engine;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * J2V8's native library, copied out of the class path into argmap's cache and loaded once per JVM.
 *
 * <p>J2V8 would extract it by itself, but into the home folder, rewriting 19 MB on every run
 * (racing other argmap processes that load the same file) and with its executable-stack request
 * intact, which makes HotSpot print a warning. Instead we copy it once per library version into
 * {@code <cache>/j2v8-<crc>/}, clear that request ({@link ElfStackFlag}), move it into place
 * atomically, load it ourselves and tell J2V8 it is loaded.
 */
final class J2v8Library {

    /** The library's name inside J2V8's jar for Linux x86-64. */
    static final String RESOURCE = "libj2v8_linux_x86_64.so";

    private static final String PARTIAL_SUFFIX = ".part";

    /** A copy in progress for longer than this was abandoned: its JVM exited mid-copy. */
    private static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);

    private static Path loaded;

    private J2v8Library() {
    }

    /** The library inside the class path, if this build bundles it. */
    static Optional<URL> bundled() {
        return Optional.ofNullable(J2v8Library.class.getClassLoader().getResource(RESOURCE));
    }

    /**
     * Installs the library under {@code cacheDirectory} (unless a good copy is there) and loads it
     * into this JVM. Only the first call loads; later calls return the first call's file, whatever
     * directory they name, because a JVM can bind J2V8's native methods only once.
     *
     * @return the directory holding the loaded library, to be given to J2V8 as extraction path
     */
    static synchronized Path load(Path cacheDirectory) throws IOException {
        if (loaded == null) {
            Path library = install(cacheDirectory);
            System.load(library.toString());
            markLoadedForJ2v8();
            loaded = library;
        }
        return loaded.getParent();
    }

    /**
     * Makes sure {@code cacheDirectory} holds a loadable copy of the bundled library, without loading it.
     *
     * @return the absolute path of the library file
     */
    static Path install(Path cacheDirectory) throws IOException {
        URL resource = bundled().orElseThrow(() -> new IOException(RESOURCE + " is not on the class path"));
        URLConnection connection = resource.openConnection();
        long size = connection.getContentLengthLong();
        String version = connection instanceof JarURLConnection jar
                ? String.format("%08x", jar.getJarEntry().getCrc())
                : "size-" + size;
        Path directory = cacheDirectory.toAbsolutePath().resolve("j2v8-" + version);
        Path library = directory.resolve(RESOURCE);
        removeAbandonedCopies(directory);
        if (isInstalled(library, size)) {
            return library;
        }
        createPrivateDirectories(directory);
        Path partial = Files.createTempFile(directory, RESOURCE, PARTIAL_SUFFIX);
        try {
            try (InputStream in = connection.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
                ElfStackFlag.clearExecutableStack(channel);
                channel.force(true);
            }
            // rename is atomic: a concurrent argmap sees either no file or a complete one
            Files.move(partial, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(partial);
        }
        return library;
    }

    /**
     * Deletes partial copies left by JVMs that exited while copying (the engine starts in the
     * background, so a run that stops early, e.g. on an invalid map, can interrupt the first copy).
     */
    private static void removeAbandonedCopies(Path directory) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        Instant abandoned = Instant.now().minus(ABANDONED_AFTER);
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(directory, "*" + PARTIAL_SUFFIX)) {
            for (Path partial : partials) {
                if (Files.getLastModifiedTime(partial).toInstant().isBefore(abandoned)) {
                    Files.deleteIfExists(partial);
                }
            }
        } catch (IOException e) {
            // only tidying: a leftover file costs disk space, not correctness
        }
    }

    private static boolean isInstalled(Path library, long expectedSize) throws IOException {
        if (!Files.isRegularFile(library) || (expectedSize >= 0 && Files.size(library) != expectedSize)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(library, StandardOpenOption.READ)) {
            return !ElfStackFlag.requestsExecutableStack(channel);
        } catch (IOException e) {
            return false;
        }
    }

    private static void createPrivateDirectories(Path directory) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(directory);
        }
    }

    /**
     * J2V8 4.6 has no public way to say "already loaded": without this it would extract and load
     * its own copy. Should the field ever be missing, J2V8 is given the same directory, rewrites
     * the same file and asks the JVM to load a path the JVM has already loaded, which is a no-op.
     */
    private static void markLoadedForJ2v8() {
        try {
            Field field = Class.forName("com.eclipsesource.v8.V8").getDeclaredField("nativeLibraryLoaded");
            field.setAccessible(true);
            field.setBoolean(null, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // fall back as described above
        }
    }
}
