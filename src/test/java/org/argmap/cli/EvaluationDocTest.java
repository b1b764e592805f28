package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of docs/evaluation.md are real: its maps (YAML blocks whose first line names the
 * file) are written out, and each block showing {@code $ argmap evaluate ...} must be what the
 * command prints, findings included, as a terminal shows them. The arithmetic of the worked example
 * and the essay numbers the page quotes are checked too.
 */
class EvaluationDocTest {

    private static final Path DOC = Path.of("docs/evaluation.md");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    private String doc;

    @BeforeEach
    void writeTheDocumentsMaps() throws IOException {
        doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher yaml = Pattern.compile("```yaml\\n# ([a-z-]+\\.yaml)\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        while (yaml.find()) {
            Files.writeString(dir.resolve(yaml.group(1)), yaml.group(2), StandardCharsets.UTF_8);
        }
    }

    /**
     * What a terminal shows for one map: the map's findings (standard error), then its evaluation
     * (standard output), then the tally (standard error) that ends the run.
     */
    private static String asTerminalShowsIt(CliRun run) {
        if (run.err().isEmpty()) {
            return run.out();
        }
        String err = run.err();
        int tally = err.lastIndexOf('\n', err.length() - 2) + 1;
        return err.substring(0, tally) + run.out() + err.substring(tally);
    }

    @Test
    void shownOutputIsWhatTheCommandPrints() {
        Matcher example = Pattern.compile("```\\n\\$ (argmap evaluate [^\\n]*)\\n(.*?)```", Pattern.DOTALL).matcher(doc);
        List<String> shown = new ArrayList<>();
        while (example.find()) {
            List<String> args = new ArrayList<>(Arrays.asList(example.group(1).split(" ")));
            args.remove(0);
            args.set(args.size() - 1, dir.resolve(args.get(args.size() - 1)).toString());
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(example.group(2), asTerminalShowsIt(run).replace(dir + "/", ""), example.group(1));
            shown.add(example.group(1));
        }
        assertEquals(3, shown.size(), "the table, the JSON and the non-converging map are checked: " + shown);
    }

    @Test
    void workedExampleMatchesItsArithmetic() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", dir.resolve("bike-lane.yaml").toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        JsonNode document = MAPPER.readTree(run.out());
        JsonNode statements = document.get("statements");
        // parking: 0.5 - 0.5 * 0.5; too-costly: min(0.6, 0.5) - 0.5 * 0.5
        assertEquals(0.25, statements.get("parking").get("strength").doubleValue(), 0.0);
        assertEquals(0.25, document.get("arguments").get("too-costly").get("strength").doubleValue(), 0.0);
        // build-lane: attack 1 - 0.75 * 0.75 = 0.4375, support 0.8: 0.5 + 0.5 * (0.8 - 0.4375)
        assertEquals(0.68125, statements.get("build-lane").get("strength").doubleValue(), 1e-12);
        assertEquals("accepted", statements.get("build-lane").get("label").textValue());
        assertEquals("rejected", document.get("arguments").get("too-costly").get("label").textValue());
    }

    @Test
    void essayNumbersQuotedOnThePageAreTheEssays() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json", CheckCommandTest.ESSAY_MAP.toString());
        JsonNode document = MAPPER.readTree(run.out());
        JsonNode revengeForTies = document.get("arguments").get("revenge-calls-for-ties");
        assertEquals("rejected", revengeForTies.get("label").textValue());
        // its premise revenge-claim is 0.875, one attacker of 0.75: 0.875 - 0.875 * 0.75
        assertEquals(0.875, document.get("statements").get("revenge-claim").get("strength").doubleValue(), 0.0);
        assertEquals(0.75, document.get("statements").get("insufficient-basis").get("strength").doubleValue(), 0.0);
        assertEquals(0.21875, revengeForTies.get("strength").doubleValue(), 0.0);
        assertTrue(doc.contains("`revenge-calls-for-ties` is **rejected**") && doc.contains("strength **0.219**"));
    }
}
