package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example map and commands are checked, so the documentation cannot rot. */
class ReadmeTest {

    private static String readme() throws IOException {
        return Files.readString(Path.of("README.md"));
    }

    private static String firstBlock(String text, String language) {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "README has a ```" + language + " block");
        return m.group(1);
    }

    @Test
    void exampleMapChecksClean(@TempDir Path dir) throws IOException {
        Path map = dir.resolve("example.yaml");
        Files.writeString(map, firstBlock(readme(), "yaml"));
        CliRun run = CliRun.of("check", map.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        // its one scheme leaves critical questions open: notes (open-questions), never a problem
        assertTrue(run.out().contains("1 map checked: 0 errors, 0 warnings, 1 note"), run::all);
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws IOException {
        String commands = firstBlock(readme(), "sh");
        Matcher test = Pattern.compile("# run the tests\\n(.+)\\n").matcher(commands);
        assertTrue(test.find(), commands);
        String ci = Files.readString(Path.of(".ci/run"));
        assertTrue(ci.lines().anyMatch(line -> line.strip().equals(test.group(1).strip())),
                "'.ci/run' runs the README's test command: " + test.group(1));
    }

    @Test
    void mainCommandRendersMapsIntoOutputWithTheLauncher() throws IOException {
        String commands = firstBlock(readme(), "sh");
        assertTrue(commands.contains("mvn -q -B package -DskipTests && target/argmap render maps/"), commands);
    }

    /** The README names the JVM flags the launcher passes and the switch that leaves out its archive, as the pom has them. */
    @Test
    void launcherParagraphMatchesThePom() throws IOException {
        String readme = readme();
        String pom = Files.readString(Path.of("pom.xml"));
        Matcher flags = Pattern.compile("<launcher.jvm.flags>(.*?)</launcher.jvm.flags>").matcher(pom);
        assertTrue(flags.find(), "pom.xml sets launcher.jvm.flags");
        List<String> named = List.of(flags.group(1).split("\\s+")).stream().filter(flag -> flag.startsWith("-XX:")).toList();
        assertTrue(readme.contains("`" + String.join(" ", named) + "`"), "README names the launcher's flags " + named);
        assertTrue(pom.contains("<skip>${argmap.launcher.skipArchive}</skip>"), "pom.xml skips the training on argmap.launcher.skipArchive");
        assertTrue(readme.contains("`-Dargmap.launcher.skipArchive`"), "README names the switch");
        assertTrue(readme.contains("| `java -jar target/argmap.jar` |"), "README says what java -jar costs");
    }

    /**
     * The README shows the essay's evaluation abridged: every line it shows must be a line of the
     * real output, in the same order, and its expect block must be the map's own.
     */
    @Test
    void essayEvaluationExcerptMatchesTheCommand() throws IOException {
        String readme = readme();
        Matcher block = Pattern.compile("```\\n\\$ argmap evaluate (\\S+)\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(block.find(), "README shows an argmap evaluate run");
        CliRun run = CliRun.of("evaluate", block.group(1));
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        List<String> actual = run.out().lines().toList();
        int from = 0;
        for (String line : block.group(2).lines().toList()) {
            if (line.strip().equals("...")) {
                continue;
            }
            int found = actual.subList(from, actual.size()).indexOf(line);
            assertTrue(found >= 0, "README line not in the evaluate output (in order): '" + line + "'\n" + run.out());
            from += found + 1;
        }
        String map = Files.readString(Path.of(block.group(1)));
        Matcher expect = Pattern.compile("```yaml\\n(expect:\\n.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(expect.find(), "README shows the essay's expect block");
        assertTrue(map.contains(expect.group(1)), "the README's expect block is the map's:\n" + expect.group(1));
    }
}
