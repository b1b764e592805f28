package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.junit.jupiter.api.Test;

/**
 * An AIF file is untrusted input: whatever a broken or hostile one holds, the reader returns a map
 * or stops with {@link AifException} (a message and a hint for the user), never any other
 * exception, and a map it returns can be checked. The inputs are the essay's AIF (the golden file)
 * cut, spliced and corrupted in fixed, seeded ways, so a failure repeats.
 */
class AifReaderMutationTest {

    private static final Path ESSAY_AIF = Path.of("src", "test", "resources", "golden", "export", "st-petersburg-bombing.aif.json");
    private static final String[] SPLICES = {"", "null", "1", "{}", "[]", "\"RA\"", "\"I\"", "\"CA\"", "\"MA\"",
            "\"argument:x\"", "{\"AIF\": ", "\"\\u0000\"", "-1e999", "\"separate-fights\""};

    @Test
    void brokenFilesGiveAMapOrAMessageNeverAnotherException() throws Exception {
        String essay = Files.readString(ESSAY_AIF, StandardCharsets.UTF_8);
        Random random = new Random(13);
        AifReader reader = new AifReader();
        int maps = 0;
        int refused = 0;
        for (int round = 0; round < 600; round++) {
            String input = mutate(essay, random);
            try {
                AifImport imported = reader.read("mutant.json", input, Optional.empty());
                Checker.withDefaults().check(CheckContext.of(imported.map()).withSchemes(BuiltInSchemes.catalogue()));
                maps++;
            } catch (AifException e) {
                assertTrue(e.getMessage().startsWith("mutant.json") && !e.hint().isBlank(), e.getMessage());
                refused++;
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e + " for input\n" + input, e);
            }
        }
        assertTrue(maps > 0 && refused > 0, "the mutations should give both maps and refusals: " + maps + " maps, " + refused + " refused");
    }

    private static String mutate(String text, Random random) {
        StringBuilder out = new StringBuilder(text);
        int changes = 1 + random.nextInt(4);
        for (int i = 0; i < changes; i++) {
            int at = random.nextInt(out.length());
            int end = Math.min(out.length(), at + random.nextInt(200));
            switch (random.nextInt(4)) {
                case 0 -> out.delete(at, end);
                case 1 -> out.replace(at, end, SPLICES[random.nextInt(SPLICES.length)]);
                case 2 -> out.insert(at, out.substring(at, end));
                default -> out.setLength(at);
            }
        }
        return out.toString();
    }
}
