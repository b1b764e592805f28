package org.argmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.argmap.load.ConfigLocator;

/**
 * Turns the paths a user gives into map files. A file is taken as named. A directory means every
 * {@code *.yaml}/{@code *.yml} below it (hidden folders skipped, sorted by path) whose text has a
 * top-level {@code argmap:} key, so other YAML in the same folder (CI configs) is left alone.
 * Settings files ({@code argmap.yaml}) are never taken as maps from a directory.
 */
final class MapFiles {

    private static final Pattern TOP_LEVEL_ARGMAP_KEY = Pattern.compile("(?m)^argmap\\s*:");
    private static final int SNIFF_BYTES = 64 * 1024;

    private MapFiles() {
    }

    static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> found = inDirectory(path);
                if (found.isEmpty()) {
                    throw new CommandFailure("no maps in " + path,
                            "a map is a .yaml or .yml file with a top-level 'argmap: 1' line");
                }
                files.addAll(found);
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    throw new CommandFailure("cannot read " + path, "check the file's permissions");
                }
                files.add(path);
            } else {
                throw new CommandFailure("no such file or directory: " + path);
            }
        }
        return new ArrayList<>(files);
    }

    private static List<Path> inDirectory(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> !isHidden(dir, p))
                    .filter(Files::isRegularFile)
                    .filter(p -> {
                        String name = p.getFileName().toString();
                        return (name.endsWith(".yaml") || name.endsWith(".yml"))
                                && !name.equals(ConfigLocator.FILE_NAME);
                    })
                    .filter(MapFiles::looksLikeMap)
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new CommandFailure("cannot list " + dir + ": " + e.getMessage());
        }
    }

    private static boolean isHidden(Path root, Path p) {
        Path relative = root.relativize(p);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeMap(Path file) {
        try (var in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SNIFF_BYTES);
            return TOP_LEVEL_ARGMAP_KEY.matcher(new String(head, java.nio.charset.StandardCharsets.UTF_8)).find();
        } catch (IOException e) {
            return true; // let the loader report what is wrong with it
        }
    }

    /** The name a map's diagram gets: the file name without its YAML extension. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
