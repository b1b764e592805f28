package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pull request can commit the output folder as a symbolic link ({@code output -> /root/.ssh}),
 * and CI then runs {@code render} as whoever it runs as. A link on the way to the output folder
 * that lies in a repository and leads out of it stops {@code render} and {@code render --check}
 * before any map is read or any file written; a folder outside the repository named with
 * {@code -o} is the user's choice and is written. Run through the real command line, once in a
 * fresh JVM started in the repository so that the default {@code -o output} is what is tested.
 */
class OutputFolderLinksTest {

    @TempDir
    Path dir;

    private Path repository;
    private Path map;
    private Path outside;

    @BeforeEach
    void repositoryWithAMapAndAFolderOutside() throws IOException {
        repository = Files.createDirectories(dir.resolve("repo"));
        Files.createDirectories(repository.resolve(".git"));
        map = Files.writeString(Files.createDirectories(repository.resolve("maps")).resolve("m.yaml"), CheckCommandTest.VALID);
        outside = Files.createDirectories(dir.resolve("outside"));
    }

    private static CliRun render(boolean check, Path output, Path map) {
        return check ? CliRun.of("render", "--check", "-o", output.toString(), map.toString())
                : CliRun.of("render", "-o", output.toString(), map.toString());
    }

    private List<Path> filesOutside() throws IOException {
        try (Stream<Path> files = Files.walk(outside)) {
            return files.filter(path -> !path.equals(outside)).toList();
        }
    }

    private void assertRefused(CliRun run, Path link) throws IOException {
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains(link + " is a symbolic link that leads out of the repository "
                + repository.toRealPath() + " (to " + outside.toRealPath() + "); render neither writes nor reads there"), run::all);
        assertFalse(run.out().contains("wrote "), run::all);
        assertFalse(run.all().contains("Exception"), run::all);
        assertEquals(List.of(), filesOutside());
    }

    @Test
    void anOutputFolderLinkedOutOfTheRepositoryIsRefusedByRenderAndCheck() throws IOException {
        Path link = Files.createSymbolicLink(repository.resolve("output"), outside);
        assertRefused(render(false, link, map), link);
        assertRefused(render(true, link, map), link);
    }

    @Test
    void aLinkedFolderOnTheWayToTheOutputFolderIsRefusedToo() throws IOException {
        Path link = Files.createSymbolicLink(repository.resolve("build"), outside);
        assertRefused(render(false, link.resolve("diagrams"), map), link);
        assertRefused(render(true, link.resolve("diagrams"), map), link);
    }

    @Test
    void goingUpFromALinkIsJudgedWhereTheLinkLeads() throws IOException {
        Path link = Files.createSymbolicLink(repository.resolve("output"), Files.createDirectories(outside.resolve("deep")));
        CliRun run = render(false, link.resolve("..").resolve("out"), map);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals(List.of(outside.resolve("deep")), filesOutside());
    }

    @Test
    void aLinkedOutputFolderInsideTheRepositoryIsWrittenThrough() throws IOException {
        Path site = Files.createDirectories(repository.resolve("site/diagrams"));
        Path link = Files.createSymbolicLink(repository.resolve("output"), Path.of("site/diagrams"));
        CliRun run = render(false, link, map);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(Files.isRegularFile(site.resolve("m.svg")), run::all);
        CliRun check = render(true, link, map);
        assertEquals(ExitStatus.CLEAN, check.status(), check::all);
    }

    @Test
    void aFolderOutsideTheRepositoryNamedWithOIsWritten() throws IOException {
        CliRun run = render(false, outside.resolve("diagrams"), map);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(Files.isRegularFile(outside.resolve("diagrams/m.svg")), run::all);
    }

    @Test
    void theDefaultOutputFolderLinkedOutIsRefusedInAFreshJvmRunInTheRepository() throws Exception {
        Files.createSymbolicLink(repository.resolve("output"), outside);
        for (String mode : new String[] {"--no-check", "--check"}) {
            Path log = dir.resolve("child" + mode + ".log");
            List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), Main.class.getName(), "render"));
            if (mode.equals("--check")) {
                command.add("--check");
            }
            command.add("maps");
            Process child = new ProcessBuilder(command).directory(repository.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(child.waitFor(120, TimeUnit.SECONDS), "child JVM did not finish");
            String printed = Files.readString(log);
            assertEquals(ExitStatus.CANNOT_RUN, child.exitValue(), printed);
            assertTrue(printed.contains("argmap: -o output: output is a symbolic link that leads out of the repository "
                    + repository.toRealPath()), printed);
            assertEquals(List.of(), filesOutside());
        }
    }
}
