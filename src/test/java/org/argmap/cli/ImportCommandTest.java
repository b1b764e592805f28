package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path dir;

    private Path essayJson() throws IOException {
        Path json = dir.resolve("essay.json");
        Files.writeString(json, CliRun.of("export", "--to", "json", ExportCommandTest.ESSAY).out());
        return json;
    }

    @Test
    void jsonRoundTripGivesTheSameMapAgain() throws IOException {
        Path json = essayJson();
        Path yaml = dir.resolve("essay.yaml");
        CliRun run = CliRun.of("import", "-o", yaml.toString(), json.toString());
        assertEquals(0, run.status(), run.err());
        assertEquals("wrote " + yaml + "\n", run.out());
        assertTrue(run.err().contains("import: thesis: separate-fights"), run.err());
        assertEquals(0, CliRun.of("check", yaml.toString()).status());
        assertEquals(Files.readString(json), CliRun.of("export", "--to", "json", yaml.toString()).out());
        assertEquals(CliRun.of("evaluate", ExportCommandTest.ESSAY).out().replace(ExportCommandTest.ESSAY, "M"),
                CliRun.of("evaluate", yaml.toString()).out().replace(yaml.toString(), "M"));
    }

    @Test
    void printsTheMapWithoutOutputFile() throws IOException {
        CliRun run = CliRun.of("import", "--from", "json", essayJson().toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().startsWith("argmap: 1\ntitle: \"Common enemy"), run.out());
        assertTrue(run.out().contains("  date: \"2017-04-04\"\n"), run.out());
    }

    @Test
    void aMapThatFailsTheCheckIsNotWritten() throws IOException {
        Path json = dir.resolve("dangling.json");
        Files.writeString(json, """
                {"argmapJson": 1, "statements": [
                  {"id": "t", "text": "T.", "kind": "thesis", "kindDeclared": true},
                  {"id": "p", "text": "P.", "supports": ["nowhere"]}]}
                """);
        Path yaml = dir.resolve("out.yaml");
        Files.writeString(yaml, "earlier");
        CliRun run = CliRun.of("import", "-o", yaml.toString(), json.toString());
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("dangling-reference"), run.err());
        assertTrue(run.err().contains("not imported"), run.err());
        assertEquals("earlier", Files.readString(yaml));
    }

    @Test
    void usageErrorsStopWithStatusTwo() throws IOException {
        CliRun unknown = CliRun.of("import", "--from", "jsn", essayJson().toString());
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("unknown format 'jsn'; did you mean 'json'?"), unknown.err());
        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "just words");
        CliRun guess = CliRun.of("import", text.toString());
        assertEquals(2, guess.status());
        assertTrue(guess.err().contains("cannot tell the format of " + text), guess.err());
        assertTrue(guess.err().contains("--from"), guess.err());
        CliRun notJson = CliRun.of("import", "--from", "json", text.toString());
        assertEquals(2, notJson.status());
        assertTrue(notJson.err().contains("is not JSON"), notJson.err());
        CliRun otherThesis = CliRun.of("import", "--thesis", "distrust", essayJson().toString());
        assertEquals(2, otherThesis.status());
        assertTrue(otherThesis.err().contains("cannot choose another"), otherThesis.err());
        Path twice = dir.resolve("twice.json");
        Files.writeString(twice, "{\"argmapJson\": 1, \"statements\": [{\"id\": \"a\", \"text\": \"A.\"}, "
                + "{\"id\": \"a\", \"text\": \"B.\"}]}");
        CliRun duplicate = CliRun.of("import", twice.toString());
        assertEquals(2, duplicate.status());
        assertTrue(duplicate.err().contains("has the id 'a' twice"), duplicate.err());
        CliRun missing = CliRun.of("import", dir.resolve("none.json").toString());
        assertEquals(2, missing.status());
        assertFalse(missing.err().contains("Exception"), missing.err());
    }
}
