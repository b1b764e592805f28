package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --theme}: kept apart from {@link RenderCommandTest}, which covers the other options. */
class RenderCommandThemeTest {

    @TempDir
    Path dir;

    private Path map() throws IOException {
        Path file = dir.resolve("m.yaml");
        Files.writeString(file, CheckCommandTest.VALID, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void darkThemeDrawsOnADarkPageAndCheckWithTheSameThemeFindsItCurrent() throws IOException {
        Path map = map();
        Path out = dir.resolve("out");
        CliRun dark = CliRun.of("render", "--engine", "embedded", "--theme", "dark", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, dark.status(), dark::all);
        String svg = Files.readString(out.resolve("m.svg"));
        assertTrue(svg.contains("fill=\"#1b1d21\""), "the page is drawn in the dark background colour");

        CliRun sameTheme = CliRun.of("render", "--check", "--theme", "DARK", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, sameTheme.status(), sameTheme::all);

        CliRun defaultTheme = CliRun.of("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, defaultTheme.status(), defaultTheme::all);
        assertTrue(defaultTheme.out().contains("stale: "), defaultTheme::all);
        assertFalse(defaultTheme.out().contains("--theme"), "the light theme is the default: " + defaultTheme.all());
    }

    @Test
    void staleDiagramHintRepeatsTheTheme() throws IOException {
        Path map = map();
        Path out = dir.resolve("out");
        CliRun light = CliRun.of("render", "--engine", "embedded", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, light.status(), light::all);

        CliRun print = CliRun.of("render", "--check", "--theme", "print", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, print.status(), print::all);
        assertTrue(print.out().contains("--theme print"), print::all);
    }

    @Test
    void unknownThemeIsAUsageErrorNamingTheThemes() throws IOException {
        CliRun run = CliRun.of("render", "--theme", "sepia", "-o", dir.resolve("out").toString(), map().toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("argmap: unknown theme 'sepia'\n  hint: themes: light, dark, print\n", run.err());
        assertFalse(Files.exists(dir.resolve("out")));
    }
}
