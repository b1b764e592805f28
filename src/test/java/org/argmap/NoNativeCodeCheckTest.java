package org.argmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's last step, {@code src/build/java/NoNativeCode.java} (run by {@code mvn verify} on
 * the assembled jar), fails on a jar with a native library in it and passes one without. The jar
 * itself is assembled after the tests, so the build step checks it; this checks the step.
 */
class NoNativeCodeCheckTest {

    private static final Path CHECK = Path.of("src", "build", "java", "NoNativeCode.java");

    @TempDir
    Path dir;

    @Test
    void jarWithANativeLibraryFailsTheBuildAndNamesIt() throws Exception {
        for (String library : List.of("libj2v8_linux_x86_64.so", "win32-x86-64/jnidispatch.DLL", "darwin/libfoo.dylib",
                "libbar.jnilib", "lib/libz.so.1.3")) {
            Path jar = jar("native.jar", "org/argmap/cli/Main.class", library);
            Result result = check(jar);
            assertEquals(1, result.status(), result.output());
            assertTrue(result.output().contains("  " + library + "\n"), result.output());
        }
    }

    @Test
    void jarOfClassesAndResourcesPasses() throws Exception {
        Path jar = jar("pure.jar", "org/argmap/cli/Main.class", "META-INF/licenses/graphviz.txt", "sorting.solver.txt");
        Result result = check(jar);
        assertEquals(0, result.status(), result.output());
        assertTrue(result.output().contains("no native library"), result.output());
    }

    @Test
    void theBuildRunsTheCheckOnTheJarAfterItIsAssembled() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int execution = pom.indexOf("<id>no-native-code-in-jar</id>");
        assertTrue(execution > 0, "pom.xml runs the check");
        String rest = pom.substring(execution, pom.indexOf("</execution>", execution));
        assertTrue(rest.contains("<phase>verify</phase>") && rest.contains("NoNativeCode.java"), rest);
    }

    private Path jar(String name, String... entries) throws IOException {
        Path jar = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(entry.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return jar;
    }

    private record Result(int status, String output) {
    }

    private static Result check(Path jar) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                CHECK.toString(), jar.toString()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the check finished");
        return new Result(process.exitValue(), output);
    }
}
