package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/ci.md are real: each block that shows {@code $ argmap check ... maps/essay.yaml}
 * and its output is run on the document's example map and must print exactly that.
 */
class CiDocTest {

    private static final Path DOC = Path.of("docs/ci.md");
    private static final String MAP = "maps/essay.yaml";

    @Test
    void shownOutputIsWhatTheCommandPrints(@TempDir Path dir) throws IOException {
        String doc = Files.readString(DOC);
        Matcher yaml = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        assertTrue(yaml.find(), "docs/ci.md has the example map");
        Path map = dir.resolve(MAP);
        Files.createDirectories(map.getParent());
        Files.writeString(map, yaml.group(1));

        Matcher example = Pattern.compile("```\\n\\$ (argmap check [^\\n]*" + Pattern.quote(MAP) + ")\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        List<String> formats = new ArrayList<>();
        while (example.find()) {
            List<String> args = new ArrayList<>(Arrays.asList(example.group(1).split(" ")));
            args.remove(0);
            args.set(args.size() - 1, map.toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(example.group(2), run.out().replace(dir + "/", ""), example.group(1));
            formats.add(example.group(1));
        }
        assertEquals(3, formats.size(), "text, json and github examples are checked: " + formats);
    }
}
