package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A diagram committed by an argmap whose embedded engine was Graphviz 2.44.0 (J2V8 and viz.js 2,
 * since removed), checked by this argmap, whose embedded engine is Graphviz 16.1.0. The files in
 * {@code src/test/resources/old-embedded-engine} were drawn by that argmap, byte for byte as it
 * wrote them: its stamp has no {@code graphviz=}.
 */
class EngineUpgradeCheckTest {

    private static final Path OLD = Path.of("src", "test", "resources", "old-embedded-engine");

    @TempDir
    Path dir;

    @Test
    void checkSaysTheEngineChangedNotTheMapAndHowToRedraw() throws IOException {
        Path map = Files.copy(OLD.resolve("two-statements.yaml"), dir.resolve("two-statements.yaml"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Path svg = Files.copy(OLD.resolve("output/two-statements.svg"), out.resolve("two-statements.svg"));
        byte[] before = Files.readAllBytes(svg);
        assertTrue(new String(before, StandardCharsets.UTF_8)
                .contains("<!-- argmap: engine=embedded dot-sha256="), "an old stamp, without graphviz=");

        CliRun run = CliRun.withRealEngines("render", "--check", "-o", out.toString(), map.toString());

        assertEquals(ExitStatus.FINDINGS, run.status(), run::all);
        assertTrue(run.out().contains("stale: " + svg + " (drawn by embedded Graphviz 2.44.0, and this argmap's"
                + " embedded engine is Graphviz 16.1.0; "), run::all);
        assertTrue(run.out().contains("; run: argmap render --engine embedded -o " + out + " " + map + ")"), run::all);
        assertArrayEquals(before, Files.readAllBytes(svg), "--check writes nothing");

        CliRun redraw = CliRun.withRealEngines("render", "--engine", "embedded", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, redraw.status(), redraw::all);
        assertTrue(Files.readString(svg).contains("<!-- argmap: engine=embedded graphviz=16.1.0 dot-sha256="), redraw::all);
        CliRun again = CliRun.withRealEngines("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, again.status(), again::all);
    }
}
