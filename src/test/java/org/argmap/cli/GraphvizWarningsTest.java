package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Graphviz's warnings about a drawing reach the user of {@code render}: one line per map, in the
 * maps' order, with what to try, and the diagram is still written and the status unchanged. The
 * engine is a stand-in {@code dot} on PATH that warns on stderr as Graphviz does (no real map
 * makes argmap's DOT draw with a warning), run in a child JVM whose PATH finds only it.
 */
@DisabledOnOs(OS.WINDOWS)
class GraphvizWarningsTest {

    @TempDir
    Path dir;

    @Test
    void eachMapsWarningsArePrintedOnceInOneLineAndTheDiagramIsWritten() throws Exception {
        Files.createDirectories(dir.resolve(".git"));
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Files.writeString(maps.resolve("a.yaml"), CheckCommandTest.VALID, StandardCharsets.UTF_8);
        Files.writeString(maps.resolve("b.yaml"), CheckCommandTest.VALID, StandardCharsets.UTF_8);
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path dot = bin.resolve("dot");
        Files.writeString(dot, """
                #!/bin/sh
                if [ "$1" = "-V" ]; then echo 'dot - graphviz version 9.9.9 (0)' >&2; exit 0; fi
                while read -r line; do :; done
                echo 'Warning: using box for unknown shape nosuch' >&2
                echo 'Warning: using box for unknown shape nosuch' >&2
                echo 'Warning: Orthogonal edges do not currently handle edge labels' >&2
                printf '<?xml version="1.0"?>\\n<svg xmlns="http://www.w3.org/2000/svg"></svg>\\n'
                """);
        Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwxr-xr-x"));

        CliRun run = ChildJvmRuns.run(dir, List.of(), Map.of("PATH", bin.toString()),
                List.of(List.of("render", "--engine", "native", "maps"))).get(0);

        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        List<String> warnings = run.out().lines().filter(line -> line.startsWith("warning: ")).toList();
        assertEquals(List.of("maps/a.yaml", "maps/b.yaml").stream()
                .map(map -> "warning: " + map + ": Graphviz: using box for unknown shape nosuch; Orthogonal edges do not"
                        + " currently handle edge labels (the diagram is drawn; if it looks wrong, try --engine embedded)")
                .toList(), warnings, run::all);
        assertTrue(Files.readString(dir.resolve("output/a.svg")).contains("<!-- argmap: engine=native graphviz=9.9.9 "),
                "the diagram is written, stamped with the stand-in's version");
        assertTrue(Files.exists(dir.resolve("output/b.svg")));
    }
}
