package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How argmap finds and runs Argdown's CLI, with stand-in programs (shell scripts) for the CLI: what
 * Argdown does is tested with the real one in the round-trip and corpus tests.
 */
class ArgdownCliTest {

    @TempDir
    Path dir;

    private Path script(String name, String body) throws IOException {
        assumeTrue(!File.separator.equals("\\"), "SKIPPED: the stand-in CLI is a POSIX shell script");
        Path script = dir.resolve(name);
        Files.writeString(script, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void theEnvironmentVariableComesBeforePathAndPathSkipsEmptyEntries() throws Exception {
        Path onPath = script("argdown", "exit 0\n");
        Path named = script("my-argdown", "exit 0\n");
        Duration limit = Duration.ofSeconds(5);
        assertEquals(Optional.of(named.toAbsolutePath()), ArgdownCli.find(Map.of("ARGMAP_ARGDOWN", named.toString(),
                "PATH", dir.toString()), limit).map(ArgdownCli::executable));
        assertEquals(Optional.of(onPath.toAbsolutePath()), ArgdownCli.find(Map.of("ARGMAP_ARGDOWN", " ",
                "PATH", File.pathSeparator + dir), limit).map(ArgdownCli::executable));
        assertEquals(Optional.empty(), ArgdownCli.find(Map.of("PATH", ""), limit));
        assertEquals(Optional.empty(), ArgdownCli.find(Map.of(), limit));
        ArgdownImportException wrong = assertThrows(ArgdownImportException.class,
                () -> ArgdownCli.find(Map.of("ARGMAP_ARGDOWN", dir.resolve("none").toString()), limit));
        assertTrue(wrong.getMessage().contains("which is no executable file"), wrong.getMessage());
    }

    @Test
    void argdownRunsOnACopyInAFolderOfItsOwn() throws Exception {
        // the stand-in writes, as JSON, the folder it ran in and the document it was given
        Path cli = script("argdown", "printf '{\"cwd\": \"%s\", \"file\": \"%s\", \"text\": \"%s\"}' \"$(pwd)\" \"$2\" "
                + "\"$(cat \"$2\")\" > \"$3/document.json\"\n");
        String json = new ArgdownCli(cli, Duration.ofSeconds(30)).json("maps/debate.argdown", "[a]: A.");
        assertTrue(json.contains("\"text\": \"[a]: A.\""), json);
        assertFalse(json.contains("maps/debate"), "Argdown never sees the user's file: " + json);
        assertFalse(json.contains(Path.of("").toAbsolutePath().toString() + "\""), "nor runs in the current folder: " + json);
    }

    @Test
    void whatArgdownSaysWhenItRefusesIsTheMessage() throws Exception {
        Path cli = script("argdown", "printf '\\033[31mJSON export canceled:\\nInvalid Argdown syntax in %s\\033[0m\\n' \"$2\"; exit 1\n");
        ArgdownImportException e = assertThrows(ArgdownImportException.class,
                () -> new ArgdownCli(cli, Duration.ofSeconds(30)).json("x.argdown", "[a"));
        assertEquals("x.argdown: Argdown could not read the document: JSON export canceled: Invalid Argdown syntax in "
                + "x.argdown", e.getMessage());
    }

    @Test
    void aHangingArgdownIsStoppedWithEverythingItStarted() throws Exception {
        Path pid = dir.resolve("child.pid");
        Path cli = script("argdown", "sleep 300 & echo $! > '" + pid + "'; wait\n");
        ArgdownImportException e = assertThrows(ArgdownImportException.class,
                () -> new ArgdownCli(cli, Duration.ofSeconds(1)).json("slow.argdown", "[a]: A."));
        assertTrue(e.getMessage().startsWith("slow.argdown: Argdown (" + cli.toAbsolutePath().getParent()), e.getMessage());
        assertTrue(e.getMessage().endsWith("did not finish within 1 s and was stopped"), e.getMessage());
        Optional<ProcessHandle> child = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        if (child.isPresent()) {
            // a kill is delivered, not awaited: give it a moment rather than wait for the sleep
            try {
                child.get().onExit().get(10, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                child.get().destroyForcibly();
                throw new AssertionError("the CLI's own child was left running");
            }
        }
    }

    @Test
    void aDocumentThatIncludesAFileIsRefusedBeforeArgdownRuns() {
        ArgdownImportException e = assertThrows(ArgdownImportException.class,
                () -> new ArgdownCli(dir.resolve("never-run"), Duration.ofSeconds(5))
                        .json("inc.argdown", "[a]: A.\n@include(/etc/passwd)\n"));
        assertTrue(e.getMessage().contains("@include(/etc/passwd)"), e.getMessage());
        assertTrue(e.hint().contains("in place of their @include lines"), e.hint());
    }
}
