package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        assertTrue(run.out().contains("no problems"), run::all);
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
    void mainCommandRendersMapsIntoOutput() throws IOException {
        String commands = firstBlock(readme(), "sh");
        assertTrue(commands.contains("java -jar target/argmap.jar render maps/"), commands);
    }
}
