package org.argmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md stays true to the code: its table has a row for every package the
 * architecture test declares, and every class it names (qualified, {@code pipeline.MapChecker}, or
 * in its package's row) exists there. A class renamed or moved fails this test until the page
 * follows.
 */
class ArchitectureDocTest {

    private static final Path DOC = Path.of("docs/architecture.md");
    private static final Pattern FENCED = Pattern.compile("(?ms)^```.*?^```$");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern QUALIFIED = Pattern.compile("^((?:[a-z]+\\.)*[a-z]+)\\.([A-Z]\\w*)");
    private static final Pattern TABLE_ROW = Pattern.compile("^\\| `([a-z.]+)` \\|(.*)$", Pattern.MULTILINE);

    /** The page without its fenced blocks, whose backticks would pair up with the inline code's. */
    private static String doc() throws IOException {
        return FENCED.matcher(Files.readString(DOC, StandardCharsets.UTF_8)).replaceAll("");
    }

    private static boolean exists(String packageName, String simpleName) {
        try {
            Class.forName("org.argmap." + packageName + "." + simpleName, false, ArchitectureDocTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void tableHasARowForEveryDeclaredPackage() throws IOException {
        Set<String> declared = Arrays.stream(ArchitectureTest.LAYER_PACKAGES)
                .map(p -> p.replace("org.argmap.", "").replace("..", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        declared.add("render.engine");
        Set<String> rows = new TreeSet<>();
        Matcher row = TABLE_ROW.matcher(doc());
        while (row.find()) {
            rows.add(row.group(1));
        }
        assertEquals(declared, rows);
    }

    @Test
    void everyQualifiedClassNamedExists() throws IOException {
        List<String> missing = new ArrayList<>();
        Matcher code = CODE.matcher(doc());
        int named = 0;
        while (code.find()) {
            Matcher qualified = QUALIFIED.matcher(code.group(1));
            if (qualified.find()) {
                named++;
                if (!exists(qualified.group(1), qualified.group(2))) {
                    missing.add(code.group(1));
                }
            }
        }
        assertTrue(named > 20, "the page names classes as package.Class; found only " + named);
        assertEquals(List.of(), missing, "named in docs/architecture.md but not in the code");
    }

    @Test
    void everyClassInAPackagesRowIsInThatPackage() throws IOException {
        List<String> missing = new ArrayList<>();
        Matcher row = TABLE_ROW.matcher(doc());
        while (row.find()) {
            String packageName = row.group(1);
            Matcher code = CODE.matcher(row.group(2));
            while (code.find()) {
                String name = code.group(1).split("\\.")[0];
                if (Character.isUpperCase(name.charAt(0)) && !exists(packageName, name)) {
                    missing.add(packageName + ": " + code.group(1));
                }
            }
        }
        assertEquals(List.of(), missing, "the table names these, and their packages have no such class");
    }
}
