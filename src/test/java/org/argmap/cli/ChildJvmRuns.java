package org.argmap.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Argmap command lines run one after another in a child JVM, with JVM options of the test's
 * choosing (the embedded engine, the number of cores), in a folder of the test's choosing, drawing
 * with the real engines: a child JVM is where a test needs what only they do (a time limit, a
 * stand-in dot on PATH, parallel drawing).
 * Each run's output is kept as a {@link CliRun}.
 */
final class ChildJvmRuns {

    /** Separates the command lines in the child's arguments. */
    private static final String NEXT = "--next-run--";

    private ChildJvmRuns() {
    }

    /** Runs {@code runs} in a child JVM with {@code jvmOptions}, working in {@code folder}. */
    static List<CliRun> run(Path folder, List<String> jvmOptions, List<List<String>> runs)
            throws IOException, InterruptedException {
        return run(folder, jvmOptions, Map.of(), runs);
    }

    /** As {@link #run(Path, List, List)}, with {@code environment} set in the child's environment (PATH, say). */
    static List<CliRun> run(Path folder, List<String> jvmOptions, Map<String, String> environment,
            List<List<String>> runs) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ChildJvmRuns.class.getName()));
        for (List<String> run : runs) {
            command.addAll(run);
            command.add(NEXT);
        }
        Path log = Files.createTempFile("argmap-child", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process child = builder.start();
            if (!child.waitFor(300, TimeUnit.SECONDS)) {
                child.destroyForcibly();
                throw new AssertionError("the child JVM did not finish: " + Files.readString(log));
            }
            if (child.exitValue() != 0) {
                throw new AssertionError("the child JVM failed: " + Files.readString(log));
            }
        } finally {
            Files.deleteIfExists(log);
        }
        List<CliRun> results = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            results.add(new CliRun(Integer.parseInt(Files.readString(folder.resolve(".run-" + i + ".status")).strip()),
                    Files.readString(folder.resolve(".run-" + i + ".out")), Files.readString(folder.resolve(".run-" + i + ".err"))));
        }
        return results;
    }

    /** In the child: runs each command line and writes its status and output beside it. */
    public static void main(String[] args) throws IOException {
        int run = 0;
        int start = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(NEXT)) {
                CliRun result = CliRun.withRealEngines(Arrays.copyOfRange(args, start, i));
                Files.writeString(Path.of(".run-" + run + ".status"), Integer.toString(result.status()));
                Files.writeString(Path.of(".run-" + run + ".out"), result.out(), StandardCharsets.UTF_8);
                Files.writeString(Path.of(".run-" + run + ".err"), result.err(), StandardCharsets.UTF_8);
                run++;
                start = i + 1;
            }
        }
    }
}
