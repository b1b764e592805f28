package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stats the README and docs/stats.md show are what {@code argmap stats} prints for the essay map. */
class StatsDocTest {

    private static final Pattern RUN = Pattern.compile("```\\n\\$ argmap stats (\\S+)\\n(.*?)```", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = {"README.md", "docs/stats.md"})
    void theTextShownIsTheCommandsOutput(String doc) throws IOException {
        Matcher block = RUN.matcher(Files.readString(Path.of(doc)));
        assertTrue(block.find(), doc + " shows an argmap stats run");
        CliRun run = CliRun.of("stats", block.group(1));
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(block.group(2), run.out(), doc);
    }

    /** docs/stats.md's JSON is the essay map's, but for its shortened title. */
    @Test
    void theJsonShownIsTheCommandsOutput() throws IOException {
        Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(Path.of("docs/stats.md")));
        assertTrue(block.find(), "docs/stats.md shows the JSON");
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode shown = (ObjectNode) mapper.readTree(block.group(1));
        CliRun run = CliRun.of("stats", "--format", "json", shown.get("file").asText());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        ObjectNode actual = (ObjectNode) mapper.readTree(run.out());
        assertTrue(actual.get("title").asText().startsWith(shown.get("title").asText().replace("...", "")));
        shown.remove("title");
        actual.remove("title");
        assertEquals((JsonNode) shown, actual);
    }
}
