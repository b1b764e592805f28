package org.argmap.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Argdown command line ({@code @argdown/cli} 1.7.5), run to turn a {@code .argdown} file into
 * the JSON {@link ArgdownImporter} reads: {@code argdown json FILE DIR}, as a process of its own
 * with no shell in between, its output in a temporary folder, and a time limit.
 */
public final class ArgdownCli {

    /** How to get the JSON without argmap running Argdown; part of every message about a missing CLI. */
    public static final String HOW_TO_GET_JSON = "install the Argdown CLI (npm install -g @argdown/cli@1.7.5) so "
            + "`argdown` is on PATH, or run `argdown json FILE.argdown OUTDIR` yourself and import the .json it writes";

    private final Path executable;
    private final Duration limit;

    public ArgdownCli(Path executable, Duration limit) {
        this.executable = executable;
        this.limit = limit;
    }

    /** The {@code argdown} command on {@code PATH}, if there is one. */
    public static Optional<ArgdownCli> onPath(Duration limit) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (folder.isEmpty()) {
                continue;
            }
            for (String name : List.of("argdown", "argdown.cmd")) {
                Path candidate = Path.of(folder, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(new ArgdownCli(candidate, limit));
                }
            }
        }
        return Optional.empty();
    }

    /** The JSON Argdown makes of {@code file}; an exception whose message says what Argdown reported. */
    public String json(Path file) throws ArgdownImportException {
        Path out = null;
        try {
            out = Files.createTempDirectory("argmap-argdown");
            List<String> command = new ArrayList<>(List.of(executable.toString(), "json",
                    file.toAbsolutePath().toString(), out.toString()));
            Path log = out.resolve("argdown.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new ArgdownImportException(file + ": Argdown did not finish within " + limit.toSeconds() + " s",
                        "run `argdown json " + file + " OUTDIR` yourself and import the .json it writes");
            }
            String name = file.getFileName().toString().replaceFirst("\\.(argdown|ad|md)$", "") + ".json";
            Path json = out.resolve(name);
            String said = Files.readString(log, StandardCharsets.UTF_8).replaceAll("\u001b\\[[0-9;]*m", "").strip();
            if (process.exitValue() != 0 || !Files.isRegularFile(json)) {
                throw new ArgdownImportException(file + ": Argdown could not read the file: " + said,
                        "fix what Argdown reports (`argdown json " + file + " OUTDIR` shows it), then import again");
            }
            return Files.readString(json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArgdownImportException(file + ": could not run Argdown (" + executable + "): " + e.getMessage(),
                    HOW_TO_GET_JSON);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ArgdownImportException(file + ": interrupted while Argdown ran", "run the import again");
        } finally {
            deleteQuietly(out);
        }
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
