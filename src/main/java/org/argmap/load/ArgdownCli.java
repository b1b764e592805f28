package org.argmap.load;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Argdown command line ({@code @argdown/cli} 1.7.5), run to turn an Argdown document into the
 * JSON {@link ArgdownImporter} reads: {@code argdown json document.argdown out}, as a process of its
 * own with no shell in between and a time limit, killed (with anything it started) when it runs over.
 *
 * <p>The document is untrusted, so Argdown never sees where it came from: it runs on a copy in a
 * fresh temporary folder, which is also its working folder (Argdown reads an
 * {@code argdown.config.json} from there, and a repository's own could send its output elsewhere),
 * and a document with {@code @include(...)} is refused before Argdown runs, since Argdown would read
 * whatever file that names, anywhere on the disk.
 */
public final class ArgdownCli {

    /** The environment variable that names the {@code argdown} program to run, before PATH is searched. */
    public static final String ENVIRONMENT_VARIABLE = "ARGMAP_ARGDOWN";
    /** How long Argdown may take for one document: it reads a few hundred kilobytes in seconds. */
    public static final Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    private static final Pattern INCLUDE = Pattern.compile("@include\\(([^)]+)\\)");
    private static final int HEAD_BYTES = 2000;
    private static final Pattern COLOURS = Pattern.compile("\u001b\\[[0-9;]*m");

    private final Path executable;
    private final Duration limit;

    public ArgdownCli(Path executable, Duration limit) {
        this.executable = executable;
        this.limit = limit;
    }

    /** The program this runs. */
    public Path executable() {
        return executable;
    }

    /**
     * The Argdown CLI {@code environment} names: the program in {@value #ENVIRONMENT_VARIABLE} when
     * that is set and not blank, else the first executable {@code argdown} in {@code PATH}'s folders
     * (empty entries skipped, so never one that lies in the current folder by chance).
     *
     * @throws ArgdownImportException when {@value #ENVIRONMENT_VARIABLE} names no executable file
     */
    public static Optional<ArgdownCli> find(Map<String, String> environment, Duration limit)
            throws ArgdownImportException {
        String named = environment.getOrDefault(ENVIRONMENT_VARIABLE, "");
        if (!named.isBlank()) {
            Path program = executableOrNull(named);
            if (program == null) {
                throw new ArgdownImportException(ENVIRONMENT_VARIABLE + " is " + named
                        + ", which is no executable file", "set " + ENVIRONMENT_VARIABLE
                        + " to the path of the argdown program, or unset it to find argdown on PATH");
            }
            return Optional.of(new ArgdownCli(program, limit));
        }
        for (String folder : environment.getOrDefault("PATH", "").split(Pattern.quote(File.pathSeparator))) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String name : List.of("argdown", "argdown.cmd")) {
                Path program = executableOrNull(folder + File.separator + name);
                if (program != null) {
                    return Optional.of(new ArgdownCli(program, limit));
                }
            }
        }
        return Optional.empty();
    }

    private static Path executableOrNull(String path) {
        try {
            Path program = Path.of(path);
            return Files.isRegularFile(program) && Files.isExecutable(program) ? program.toAbsolutePath() : null;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /**
     * The JSON Argdown makes of {@code document} (the text of the file called {@code name}, for
     * messages); an exception whose message says what Argdown reported, or why it was not run.
     */
    public String json(String name, String document) throws ArgdownImportException {
        var include = INCLUDE.matcher(document);
        if (include.find()) {
            throw new ArgdownImportException(name + ": the document includes another file (@include("
                    + include.group(1) + ")), and argmap does not let Argdown read files a document names",
                    "put the included documents' text in place of their @include lines, then import again");
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("argmap-argdown");
            Path copy = folder.resolve("document.argdown");
            Files.writeString(copy, document, StandardCharsets.UTF_8);
            Path out = Files.createDirectory(folder.resolve("out"));
            Path log = folder.resolve("argdown.log");
            Process process = new ProcessBuilder(List.of(executable.toString(), "json", copy.toString(), out.toString()))
                    .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new ArgdownImportException(name + ": Argdown (" + executable + ") did not finish within "
                        + limit.toSeconds() + " s and was stopped",
                        "run `argdown json " + name + " OUTDIR` yourself and import the .json it writes");
            }
            Path json = out.resolve("document.json");
            if (process.exitValue() != 0 || !Files.isRegularFile(json)) {
                String said = COLOURS.matcher(head(log)).replaceAll("").strip().replace(copy.toString(), name);
                throw new ArgdownImportException(name + ": Argdown could not read the document: " + said,
                        "fix what Argdown reports (`argdown json " + name + " OUTDIR` shows it), then import again");
            }
            if (Files.size(json) > LoadLimits.DEFAULT.maxBytes()) {
                throw new ArgdownImportException(name + ": Argdown's JSON for it is larger than "
                        + LoadLimits.DEFAULT.maxBytes() + " bytes", "import a smaller document");
            }
            return Files.readString(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArgdownImportException(name + ": could not run Argdown (" + executable + "): " + e.getMessage(),
                    "check that " + executable + " is Argdown's command line (npm install -g @argdown/cli@1.7.5)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArgdownImportException(name + ": interrupted while Argdown ran", "run the import again");
        } finally {
            deleteQuietly(folder);
        }
    }

    /** The start of what Argdown printed: enough to say what is wrong, never a flood. */
    private static String head(Path log) throws IOException {
        byte[] start;
        try (var in = Files.newInputStream(log)) {
            start = in.readNBytes(HEAD_BYTES + 1);
        }
        String said = new String(start, 0, Math.min(start.length, HEAD_BYTES), StandardCharsets.UTF_8);
        return said.replaceAll("\\s*\\R\\s*", " ") + (start.length > HEAD_BYTES ? " ..." : "");
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }
}
