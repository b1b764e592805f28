package org.argmap.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.diagnostic.Severity;
import org.argmap.fixtures.ArgdownTool;
import org.argmap.load.ArgdownCli;
import org.argmap.load.ArgdownImportException;
import org.argmap.load.interchange.ArgdownJsonImporter;
import org.argmap.load.interchange.ImportOptions;
import org.junit.jupiter.api.Test;

/**
 * Argdown's own documents ({@code ../shared/corpora/argdown}, never copied into the project): each
 * one Argdown 1.7.5 parses without error must import, the whole way {@code argmap import} goes
 * ({@link MapImport}: the YAML it writes, reloaded by the real loader and checked by the real
 * checker), to a map with no error finding, or be refused with a message that says why. Prints the
 * pass rate.
 */
class ArgdownCorpusTest {

    static final Path CORPUS = Path.of("../shared/corpora/argdown");

    @Test
    void argdownsOwnDocumentsImportToMapsThatCheck() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "SKIPPED: " + CORPUS + " is absent (Argdown's documents are not "
                + "part of the repository)");
        ArgdownCli cli = ArgdownTool.require();
        List<Path> documents;
        try (Stream<Path> files = Files.list(CORPUS)) {
            documents = files.filter(f -> f.toString().endsWith(".argdown")).sorted().toList();
        }
        int parsed = 0;
        int passed = 0;
        List<String> refused = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path document : documents) {
            String json;
            try {
                // Argdown's own verdict first: only what it parses without error is owed a map
                json = cli.json(document.toString(), Files.readString(document, StandardCharsets.UTF_8));
            } catch (ArgdownImportException argdownRejects) {
                continue;
            }
            parsed++;
            // the import runs the same CLI on the same text; handing it the JSON made above saves a second run
            ArgdownJsonImporter importer = new ArgdownJsonImporter((name, content) -> json);
            try {
                MapImport.Result result = MapImport.run(document, Optional.of(importer), ImportOptions.DEFAULTS,
                        document.getFileName() + ".yaml");
                if (result.hasErrors()) {
                    failures.add(document.getFileName() + ": " + result.findings().stream()
                            .filter(d -> d.severity() == Severity.ERROR).toList());
                } else {
                    passed++;
                }
            } catch (PipelineException.UnusableInput e) {
                assertFalse(e.getMessage().isBlank());
                refused.add(document.getFileName() + ": " + e.getMessage());
            }
        }
        System.out.printf("Argdown corpus: %d documents, %d parsed by Argdown 1.7.5 without error; of those %d imported "
                + "through YAML and passed check, %d refused with a message%n", documents.size(), parsed, passed,
                refused.size());
        refused.forEach(line -> System.out.println("  refused: " + line));
        assertTrue(parsed > 0, "Argdown parsed none of the corpus");
        assertEquals(List.of(), failures);
        assertEquals(parsed, passed + refused.size());
    }
}
