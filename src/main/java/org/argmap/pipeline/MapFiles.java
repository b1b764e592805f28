package org.argmap.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.argmap.load.ConfigLocator;
import org.argmap.load.RegularFiles;
import org.argmap.load.Repository;
import org.argmap.text.Plural;

/**
 * Turns the paths a user gives into map files. A file is taken as named. A directory means every
 * file below it ending in {@code .yaml} or {@code .yml}, in any case (hidden folders skipped,
 * sorted by path), whose text has a top-level {@code argmap:} key, so other YAML in the same folder
 * (CI configs) is left alone; those are named in one note. Settings files ({@code argmap.yaml}) are
 * never taken as maps from a directory. A folder or file below that cannot be read is reported
 * and the rest is still taken.
 *
 * <p>A folder scan takes only what the folder's repository holds ({@link Repository}: the nearest
 * folder with {@code .git}, else the named folder), since the folder may be a pull request's
 * checkout: a YAML file that is a symbolic link is followed only to a regular file inside that
 * repository, so a committed {@code maps/x.yaml -> /etc/...} is not read and its lines never
 * appear in a finding; a device, named pipe or link to one is never opened. What is left out for
 * that is named in a note. Links to folders are not followed at all (no loops, no way out). A
 * file named on the command line is the user's choice and is taken wherever it leads, but only
 * if it is a regular file.
 */
public final class MapFiles {

    private static final Pattern TOP_LEVEL_ARGMAP_KEY = Pattern.compile("(?m)^argmap\\s*:");
    private static final int SNIFF_BYTES = 64 * 1024;
    /** How many skipped files a note names before it only counts the rest. */
    private static final int NAMED_IN_NOTE = 3;

    /** Opens a folder's listing; tests give one that fails, since root reads every folder. */
    public interface Folders {
        DirectoryStream<Path> open(Path dir) throws IOException;
    }

    /**
     * What the paths came to.
     *
     * @param maps       the map files, in the order named, each directory's sorted
     * @param unreadable one line per folder or file below a named directory that could not be read
     * @param skipped    YAML files in the directories that are not maps (no top-level {@code argmap:})
     * @param notFollowed one line per YAML name in the directories that is not a regular file of the
     *                    repository (a link leading out of it, a device, a pipe), saying why
     */
    public record Found(List<Path> maps, List<String> unreadable, List<Path> skipped, List<String> notFollowed) {
        public Found {
            maps = List.copyOf(maps);
            unreadable = List.copyOf(unreadable);
            skipped = List.copyOf(skipped);
            notFollowed = List.copyOf(notFollowed);
        }

        /** Whether everything named could be read; when not, the maps found are still checked. */
        public boolean complete() {
            return unreadable.isEmpty();
        }

        /** One sentence naming the YAML files that were not taken as maps, when there were any. */
        public Optional<String> skippedNote() {
            return skipped.isEmpty() ? Optional.empty() : Optional.of(MapFiles.skippedNote(skipped));
        }
    }

    private MapFiles() {
    }

    /**
     * The maps the paths name: files as named, folders scanned.
     *
     * @throws PipelineException.UnusableInput when a path does not exist or cannot be read, a
     *                                         folder holds no map, or no map could be read at all
     */
    public static Found expand(List<Path> paths) {
        return expand(paths, Files::newDirectoryStream);
    }

    /** As {@link #expand(List)}, listing folders with {@code folders}. */
    public static Found expand(List<Path> paths, Folders folders) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> unreadable = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<String> notFollowed = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                List<Path> skippedHere = new ArrayList<>();
                List<String> unreadableHere = new ArrayList<>();
                List<String> notFollowedHere = new ArrayList<>();
                List<Path> found = inDirectory(path, folders, unreadableHere, skippedHere, notFollowedHere);
                if (found.isEmpty() && unreadableHere.isEmpty()) {
                    throw new PipelineException.UnusableInput("no maps in " + path, "a map is a .yaml or .yml file with a top-level"
                            + " 'argmap: 1' line" + (skippedHere.isEmpty() ? "" : "; " + skippedNote(skippedHere))
                            + notFollowedHere.stream().map(line -> "; skipped " + line).collect(Collectors.joining()));
                }
                files.addAll(found);
                unreadable.addAll(unreadableHere);
                skipped.addAll(skippedHere);
                notFollowed.addAll(notFollowedHere);
            } else if (Files.isRegularFile(path)) {
                if (!Files.isReadable(path)) {
                    throw new PipelineException.UnusableInput("cannot read " + path, "check the file's permissions");
                }
                files.add(path);
            } else if (Files.exists(path)) {
                throw new PipelineException.UnusableInput(path + " is neither a file nor a folder",
                        "name a map file or a folder of maps");
            } else {
                throw new PipelineException.UnusableInput("no such file or folder: " + path,
                        IoProblems.fileInTheWay(path).map(file -> file + " is a file, not a folder").orElse(null));
            }
        }
        if (files.isEmpty()) {
            throw new PipelineException.UnusableInput("no map could be read", Optional.of("check the folders' permissions"),
                    unreadable);
        }
        return new Found(new ArrayList<>(files), unreadable, skipped, notFollowed);
    }

    /** The maps below {@code root}, sorted; what cannot be read goes to {@code unreadable} and the walk goes on. */
    private static List<Path> inDirectory(Path root, Folders folders, List<String> unreadable, List<Path> skipped,
            List<String> notFollowed) {
        List<Path> maps = new ArrayList<>();
        Path repository;
        try {
            repository = Repository.rootOf(root.toRealPath());
        } catch (IOException e) {
            unreadable.add("cannot read the folder " + root + ": " + IoProblems.describe(root, e)
                    + "; the maps in it are not checked");
            return maps;
        }
        Deque<Path> toList = new ArrayDeque<>();
        toList.push(root);
        while (!toList.isEmpty()) {
            Path dir = toList.pop();
            try (DirectoryStream<Path> entries = folders.open(dir)) {
                for (Path entry : entries) {
                    String name = entry.getFileName().toString();
                    if (name.startsWith(".")) {
                        continue;
                    }
                    if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        toList.push(entry);
                    } else if (isYaml(name) && !name.equals(ConfigLocator.FILE_NAME)) {
                        Optional<String> notTaken = whyNotTaken(entry, repository);
                        if (notTaken.isPresent()) {
                            notFollowed.add(entry + ": " + notTaken.get());
                        } else {
                            takeIfMap(entry, maps, unreadable, skipped);
                        }
                    }
                }
            } catch (IOException | DirectoryIteratorException e) {
                IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
                unreadable.add("cannot read the folder " + dir + ": " + IoProblems.describe(dir, cause)
                        + "; the maps in it are not checked");
            }
        }
        maps.sort(null);
        skipped.sort(null);
        notFollowed.sort(null);
        return maps;
    }

    /**
     * Why the YAML name {@code entry} in a scanned folder is not opened, if it is not: it is not a
     * regular file, or a symbolic link to something other than a regular file of {@code repository}.
     */
    private static Optional<String> whyNotTaken(Path entry, Path repository) {
        Optional<String> irregular;
        try {
            irregular = RegularFiles.irregular(entry);
        } catch (IOException e) {
            return Optional.of("it cannot be examined: " + IoProblems.describe(entry, e));
        }
        if (irregular.isEmpty()) {
            return Optional.empty();
        }
        if (!Files.isSymbolicLink(entry)) {
            return Optional.of("it is " + irregular.get() + ", not a regular file");
        }
        Path real;
        try {
            real = entry.toRealPath();
        } catch (IOException e) {
            return Optional.of("it is a symbolic link that leads nowhere");
        }
        if (!real.startsWith(repository)) {
            return Optional.of("it is a symbolic link that leads out of the repository " + repository
                    + "; a folder scan reads only the repository's own files");
        }
        try {
            return RegularFiles.irregular(real).map(kind -> "it is a symbolic link to " + kind + ", not to a regular file");
        } catch (IOException e) {
            return Optional.of("it cannot be examined: " + IoProblems.describe(entry, e));
        }
    }

    private static boolean isYaml(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".yaml") || lower.endsWith(".yml");
    }

    private static void takeIfMap(Path file, List<Path> maps, List<String> unreadable, List<Path> skipped) {
        try {
            byte[] head = RegularFiles.readStart(file, SNIFF_BYTES);
            if (TOP_LEVEL_ARGMAP_KEY.matcher(new String(head, StandardCharsets.UTF_8)).find()) {
                maps.add(file);
            } else {
                skipped.add(file);
            }
        } catch (IOException e) {
            unreadable.add("cannot read " + file + ": " + IoProblems.describe(file, e) + "; it is not checked");
        }
    }

    private static String skippedNote(List<Path> skipped) {
        String named = skipped.stream().limit(NAMED_IN_NOTE).map(Path::toString).collect(Collectors.joining(", "));
        int more = skipped.size() - NAMED_IN_NOTE;
        return "skipped " + Plural.count(skipped.size(), "YAML file")
                + " without a top-level 'argmap:' key: " + named + (more > 0 ? " and " + more + " more" : "");
    }
}
