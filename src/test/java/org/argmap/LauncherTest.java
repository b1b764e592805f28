package org.argmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build makes (target/argmap, from src/main/launcher/argmap) is run for real,
 * from a copy beside a small jar whose main class prints what it was given: every argument must
 * arrive unchanged, the exit status must come back, and a class-data archive must help when it
 * fits and be silent when it does not. The Windows script cannot run here; it is made from the
 * same flags, which {@link #bothLaunchersCarryTheSameFlags} checks.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final Path LAUNCHER = Path.of("target/argmap");
    private static final Path WINDOWS_LAUNCHER = Path.of("target/argmap.cmd");

    /** Stands in for argmap: prints its arguments, one a line, and exits with the status in {@code exit=N}. */
    public static final class Echo {
        public static void main(String[] args) {
            int status = 0;
            StringBuilder out = new StringBuilder();
            for (String arg : args) {
                out.append('[').append(arg).append("]\n");
                if (arg.startsWith("exit=")) {
                    status = Integer.parseInt(arg.substring("exit=".length()));
                }
                if (arg.equals("jvm")) {
                    out.append(ManagementFactory.getRuntimeMXBean().getInputArguments()).append('\n');
                }
                if (arg.startsWith("property=")) {
                    out.append(System.getProperty(arg.substring("property=".length()))).append('\n');
                }
            }
            System.out.print(out);
            System.exit(status);
        }
    }

    private record Run(int status, String out, String err) {
        String all() {
            return "exit " + status + "\nstdout:\n" + out + "\nstderr:\n" + err;
        }
    }

    @BeforeAll
    static void launcherIsBuilt() {
        assertTrue(Files.isExecutable(LAUNCHER), LAUNCHER + " is made by mvn process-resources (src/build/java/MakeLaunchers.java)");
    }

    /** A folder like target/: the launcher and, as argmap.jar, a jar that runs {@link Echo}. */
    private static Path install(Path folder) throws IOException {
        Files.copy(LAUNCHER, folder.resolve("argmap"));
        writeEchoJar(folder.resolve("argmap.jar"));
        return folder.resolve("argmap");
    }

    private static void writeEchoJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Echo.class.getName());
        String entry = Echo.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = Echo.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
    }

    private static Run run(Path script, Path directory, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
        builder.environment().remove("JAVA_OPTS");
        builder.environment().remove("ARGMAP_JAVA_OPTS");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(environment);
        Path err = Files.createTempFile("launcher", ".err");
        try {
            Process process = builder.redirectError(err.toFile()).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = process.waitFor();
            return new Run(status, out, Files.readString(err));
        } finally {
            Files.delete(err);
        }
    }

    private static String echoed(String... args) {
        StringBuilder expected = new StringBuilder();
        for (String arg : args) {
            expected.append('[').append(arg).append("]\n");
        }
        return expected.toString();
    }

    @Test
    void passesEveryArgumentUnchanged(@TempDir Path folder) throws Exception {
        Path launcher = install(folder);
        String[] args = {"two words", "it's \"quoted\"", "$HOME", "${JAVA_HOME}", "*", "maps/*.yaml", "`id`",
            "back\\slash", "", "  padded  ", "-jar", "--version", "new\nline", "ünï©ødé"};
        Run run = run(launcher, folder, Map.of(), args);
        assertEquals(0, run.status(), run::all);
        assertEquals(echoed(args), run.out(), run::all);
        assertEquals("", run.err(), run::all);
    }

    @Test
    void exitStatusIsArgmaps(@TempDir Path folder) throws Exception {
        Path launcher = install(folder);
        for (int status : new int[] {0, 1, 2, 3}) {
            Run run = run(launcher, folder, Map.of(), "exit=" + status);
            assertEquals(status, run.status(), run::all);
        }
    }

    @Test
    void runsFromAnyFolderAndThroughLinks(@TempDir Path root) throws Exception {
        Path installed = Files.createDirectories(root.resolve("argmap home/target"));
        Path launcher = install(installed);
        Path bin = Files.createDirectories(root.resolve("bin"));
        Path relativeLink = Files.createSymbolicLink(bin.resolve("argmap"), bin.relativize(launcher));
        Path linkToLink = Files.createSymbolicLink(root.resolve("am"), relativeLink);
        Path elsewhere = Files.createDirectories(root.resolve("somewhere else"));
        for (Path script : List.of(launcher, relativeLink, linkToLink)) {
            Run run = run(script, elsewhere, Map.of(), "ok");
            assertEquals(0, run.status(), script + "\n" + run.all());
            assertEquals(echoed("ok"), run.out(), script + "\n" + run.all());
        }
    }

    @Test
    void passesTheFlagsThenTheUsersOptions(@TempDir Path folder) throws Exception {
        Path launcher = install(folder);
        Run run = run(launcher, folder,
                Map.of("JAVA_OPTS", "-Dprobe=java-opts -Dfirst=*", "ARGMAP_JAVA_OPTS", "-Dprobe=argmap-java-opts"),
                "jvm", "property=probe", "property=first");
        assertEquals(0, run.status(), run::all);
        List<String> lines = run.out().lines().toList();
        String jvm = lines.get(1);
        assertTrue(jvm.contains("-XX:TieredStopAtLevel=1, -XX:-DontCompileHugeMethods"), jvm);
        assertTrue(jvm.indexOf("-XX:-DontCompileHugeMethods") < jvm.indexOf("-Dprobe=java-opts"), "user options come last: " + jvm);
        assertEquals("argmap-java-opts", lines.get(3), "ARGMAP_JAVA_OPTS comes after JAVA_OPTS and wins:\n" + run.out());
        assertEquals("*", lines.get(5), "an option is not expanded as a glob:\n" + run.out());
    }

    @Test
    void usesJavaHomesJava(@TempDir Path folder) throws Exception {
        Path launcher = install(folder);
        Path fakeHome = Files.createDirectories(folder.resolve("fake java home/bin"));
        Path fakeJava = fakeHome.resolve("java");
        Files.writeString(fakeJava, "#!/bin/sh\necho fake java\nexit 7\n");
        assertTrue(fakeJava.toFile().setExecutable(true));
        Run run = run(launcher, folder, Map.of("JAVA_HOME", fakeHome.getParent().toString()), "x");
        assertEquals(7, run.status(), run::all);
        assertEquals("fake java\n", run.out(), run::all);
    }

    /**
     * An archive trained on the jar is used; once the jar is rebuilt the JVM refuses it, and the
     * run must then look exactly like one without an archive: no warning on stdout or stderr.
     */
    @Test
    void usesAFittingArchiveAndIgnoresAStaleOneSilently(@TempDir Path folder) throws Exception {
        Path launcher = install(folder);
        Path archive = folder.resolve("argmap.jsa");
        Run training = run(launcher, folder, Map.of("ARGMAP_JAVA_OPTS", "-XX:ArchiveClassesAtExit=" + archive), "train");
        assertEquals(echoed("train"), training.out(), training::all);
        assertTrue(Files.isRegularFile(archive), training::all);

        Path classLog = folder.resolve("classes.log");
        Map<String, String> logClasses = Map.of("ARGMAP_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog);
        Run fitting = run(launcher, folder, logClasses, "a b");
        assertEquals(echoed("a b"), fitting.out(), fitting::all);
        assertEquals("", fitting.err(), fitting::all);
        assertTrue(Files.readString(classLog).contains(Echo.class.getName() + " source: shared objects file (top)"),
                "the echo class comes from the archive");

        writeEchoJar(folder.resolve("argmap.jar"));
        Files.setLastModifiedTime(folder.resolve("argmap.jar"), FileTime.from(Instant.now().plusSeconds(5)));
        Run stale = run(launcher, folder, logClasses, "a b");
        assertEquals(echoed("a b"), stale.out(), stale::all);
        assertEquals("", stale.err(), stale::all);
        assertTrue(Files.readString(classLog).contains(Echo.class.getName() + " source: file:"),
                "the rebuilt jar's class is read from the jar");

        Files.writeString(archive, "not an archive");
        Run broken = run(launcher, folder, Map.of(), "c");
        assertEquals(echoed("c"), broken.out(), broken::all);
        assertEquals("", broken.err(), broken::all);
    }

    @Test
    void bothLaunchersCarryTheSameFlags() throws IOException {
        String posix = Files.readString(LAUNCHER);
        String windows = Files.readString(WINDOWS_LAUNCHER);
        String flags = posix.lines().filter(line -> line.startsWith("exec ")).findFirst().orElseThrow()
                .replace("exec \"$java\" ", "").replace(" \"$@\"", "");
        assertTrue(flags.startsWith("-XX:"), flags);
        assertTrue(windows.contains("\"%ARGMAP_JAVA%\" " + flags + " %ARGMAP_ARCHIVE%"), windows);
        assertTrue(windows.contains("\r\n") && !windows.replace("\r\n", "").contains("\n"), "argmap.cmd has CRLF line ends");
        assertTrue(windows.contains("-jar \"%ARGMAP_HOME%argmap.jar\" %*\r\nexit /b %ERRORLEVEL%"), windows);
    }
}
