import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Build step, run from source by the pom in the package phase once the jar is made: trains the
 * class-data archive {@code argmap.jsa} that the launcher passes to the JVM
 * ({@code -XX:SharedArchiveFile}), so that a run maps the classes it needs ready-parsed and
 * verified instead of reading them from the jar (about a quarter of a second off drawing the
 * essay map).
 *
 * <p>The training is one real run of the launcher just written, drawing the given map into a
 * temporary folder with {@code -XX:ArchiveClassesAtExit}: so it also proves that the launcher and
 * the jar work, and it uses the java the launcher will use (JAVA_HOME's, else the one on PATH),
 * which must be the same binary for the archive to be taken. A run that fails fails the build. A
 * Java that makes no archive (not HotSpot, or an old one) only gets a warning: the launcher runs
 * without an archive.
 *
 * <p>Usage: {@code java TrainClassDataArchive.java LAUNCHER_FOLDER MAP [JVM_OPTION...]}; the JVM
 * options are added for the training run only.
 */
public final class TrainClassDataArchive {

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: java TrainClassDataArchive.java LAUNCHER_FOLDER MAP [JVM_OPTION...]");
        }
        Path folder = Path.of(args[0]).toAbsolutePath();
        Path map = Path.of(args[1]).toAbsolutePath();
        List<String> options = List.of(args).subList(2, args.length);
        Path archive = folder.resolve("argmap.jsa");
        // the JVM makes the archive read-only, which on Windows stops a plain delete
        archive.toFile().setWritable(true);
        Files.deleteIfExists(archive);
        if (!Files.isRegularFile(map)) {
            System.out.println("[class-data] WARNING: no " + map + " to train on; the launcher runs without an archive");
            return;
        }

        Path drawings = Files.createTempDirectory(folder, "class-data-training");
        try {
            List<String> command = new ArrayList<>(launcher(folder));
            command.addAll(List.of("render", "--engine", "embedded", "--evaluate", "-f", "svg,html",
                    "-o", drawings.toString(), map.toString()));
            ProcessBuilder training = new ProcessBuilder(command).redirectErrorStream(true);
            List<String> jvm = new ArrayList<>(options);
            jvm.add("-XX:ArchiveClassesAtExit=" + archive);
            training.environment().put("ARGMAP_JAVA_OPTS", String.join(" ", jvm));
            long start = System.nanoTime();
            Process run = training.start();
            String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = run.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (status != 0) {
                throw new IllegalStateException("the launcher's training run " + command + " exited with " + status
                        + ":\n" + output);
            }
            if (Files.isRegularFile(archive)) {
                System.out.printf(Locale.ROOT, "[class-data] %s: %.1f MB, trained on %s in %.1f s%n",
                        archive, Files.size(archive) / 1e6, map.getFileName(), seconds);
            } else {
                System.out.println("[class-data] WARNING: this Java made no class-data archive; the launcher runs"
                        + " without one (it starts a little slower). The training run said:\n" + output);
            }
        } finally {
            deleteTree(drawings);
        }
    }

    private static List<String> launcher(Path folder) {
        if (System.getProperty("os.name").startsWith("Windows")) {
            return List.of("cmd.exe", "/c", folder.resolve("argmap.cmd").toString());
        }
        return List.of(folder.resolve("argmap").toString());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
