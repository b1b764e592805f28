package org.argmap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a report with a file under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dargmap.updateGolden=true} to rewrite the files instead, then review the diff.
 */
public final class GoldenFiles {

    static final String UPDATE_PROPERTY = "argmap.updateGolden";

    private GoldenFiles() {
    }

    public static void assertMatchesGolden(String name, String actual) {
        Path path = Path.of("src", "test", "resources", "golden", name);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(path)) {
                fail("no golden file " + path + "; create it with -D" + UPDATE_PROPERTY + "=true");
            }
            assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual,
                    "output differs from " + path + "; if the change is meant, rerun with -D"
                            + UPDATE_PROPERTY + "=true and review the diff");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
