package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.argmap.fixtures.ArgdownTool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argdown through the commands a user runs: {@code import} reads the JSON {@code argdown json}
 * writes (told from AIF and argmap's JSON by its content), runs Argdown's CLI on a {@code .argdown}
 * document (found as a user's shell would find it, so those runs are child JVMs with their own
 * environment), and without the CLI stops with how to get the JSON.
 */
class ArgdownCommandsTest {

    /** What `argdown json` writes for a debate with two candidate theses, shortened to what import reads. */
    static final String DEBATE_JSON = """
            {
              "arguments": {},
              "statements": {
                "Big": {"title": "Big", "members": [{"text": "The big claim."}]},
                "Small": {"title": "Small", "members": [{"text": "The small claim."}]},
                "Untitled 1": {"title": "Untitled 1", "members": [{"text": "Cats purr when content."}]},
                "r2": {"title": "r2", "members": [{"text": "Second reason."}]},
                "r3": {"title": "r3", "members": [{"text": "Third reason."}]}
              },
              "relations": [
                {"relationType": "support", "from": "Untitled 1", "fromType": "equivalence-class", "to": "Big", "toType": "equivalence-class"},
                {"relationType": "support", "from": "r2", "fromType": "equivalence-class", "to": "Untitled 1", "toType": "equivalence-class"},
                {"relationType": "attack", "from": "r3", "fromType": "equivalence-class", "to": "Small", "toType": "equivalence-class"}
              ]
            }
            """;

    /** The same debate as a document, with front matter the JSON would not carry. */
    static final String DEBATE = """
            ===
            title: A small debate
            ===

            [Big]: The big claim.
              <+ Cats purr when content.
                <+ [r2]: Second reason.

            [Small]: The small claim.
              <- [r3]: Third reason.
            """;

    @TempDir
    Path dir;

    @Test
    void argdownJsonIsGuessedByItsContentAndReportsTheThesisAndTheOtherCandidates() throws IOException {
        Path json = dir.resolve("debate.json");
        Files.writeString(json, DEBATE_JSON);
        Path yaml = dir.resolve("debate.yaml");
        CliRun run = CliRun.of("import", "-o", yaml.toString(), json.toString());
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(List.of("import: thesis: big", "import: not the thesis: small (1 reaches it)",
                        "import: note: 'big' is the thesis: 2 statements and arguments reach it (choose another with --thesis)",
                        "import: note: 2 statements and arguments do not reach the thesis and are left out: small, r3"),
                run.err().lines().toList());
        assertTrue(Files.readString(yaml).contains("  cats-purr-when-content:\n"), "an id from the text, not from 'Untitled 1'");
        CliRun check = CliRun.of("check", yaml.toString());
        assertEquals(ExitStatus.CLEAN, check.status(), check::all);

        CliRun other = CliRun.of("import", "--thesis", "small", json.toString());
        assertEquals(ExitStatus.CLEAN, other.status(), other::all);
        assertTrue(other.out().contains("  small:\n    kind: thesis\n"), other.out());
    }

    @Test
    void eachKindOfJsonFileIsReadByItsOwnFormatWithoutFrom() throws IOException {
        Path argmapJson = dir.resolve("essay.json");
        assertEquals(ExitStatus.CLEAN, CliRun.of("export", "--to", "json", "-o", argmapJson.toString(), ExportCommandTest.ESSAY).status());
        Path aif = dir.resolve("essay-aif.json");
        assertEquals(ExitStatus.CLEAN, CliRun.of("export", "--to", "aif", "-o", aif.toString(), ExportCommandTest.ESSAY).status());
        Path argdown = dir.resolve("debate.json");
        Files.writeString(argdown, DEBATE_JSON);
        // read as another format, each of these fails: argmap JSON has no AIF nodes, AIF no Argdown statements
        for (Path file : List.of(argmapJson, aif, argdown)) {
            CliRun run = CliRun.of("import", file.toString());
            assertEquals(ExitStatus.CLEAN, run.status(), () -> file + ": " + run.all());
        }
        CliRun wrong = CliRun.of("import", "--from", "argdown", argmapJson.toString());
        assertEquals(ExitStatus.CANNOT_RUN, wrong.status(), wrong::all);
        assertTrue(wrong.err().contains("cannot import " + argmapJson + " as argdown: this is not the JSON `argdown json` writes"),
                wrong::all);
    }

    @Test
    void anArgdownDocumentGoesThroughTheRealCliWithItsFrontMatter() throws Exception {
        Map<String, String> environment = ArgdownTool.environment();
        Path document = dir.resolve("debate.argdown");
        Files.writeString(document, DEBATE);
        Path essay = dir.resolve("essay.argdown");
        Path essayMap = Path.of(ExportCommandTest.ESSAY).toAbsolutePath();
        assertEquals(ExitStatus.CLEAN, CliRun.of("export", "--to", "argdown", "-o", essay.toString(), essayMap.toString()).status());
        Path debateYaml = dir.resolve("debate.yaml");
        Path essayYaml = dir.resolve("essay.yaml");
        List<CliRun> runs = ChildJvmRuns.run(dir, List.of(), environment, List.of(
                List.of("import", "-o", debateYaml.toString(), document.toString()),
                List.of("import", "--from", "argdown", "-o", essayYaml.toString(), essay.toString())));
        CliRun debate = runs.get(0);
        assertEquals(ExitStatus.CLEAN, debate.status(), debate::all);
        assertTrue(debate.err().startsWith("import: thesis: big\nimport: not the thesis: small (1 reaches it)\n"), debate::all);
        String yaml = Files.readString(debateYaml);
        assertTrue(yaml.startsWith("argmap: 1\ntitle: \"A small debate\"\n"), "the title from the front matter: " + yaml);
        assertEquals(ExitStatus.CLEAN, CliRun.of("check", debateYaml.toString()).status());

        CliRun back = runs.get(1);
        assertEquals(ExitStatus.CLEAN, back.status(), back::all);
        assertEquals(CliRun.of("evaluate", essayMap.toString()).out().replace(essayMap.toString(), "M"),
                CliRun.of("evaluate", essayYaml.toString()).out().replace(essayYaml.toString(), "M"));
    }

    @Test
    void withoutTheCliADocumentIsRefusedWithHowToGetTheJson() throws Exception {
        Path document = dir.resolve("debate.argdown");
        Files.writeString(document, DEBATE);
        Path yaml = dir.resolve("debate.yaml");
        Files.writeString(yaml, "earlier");
        // an empty PATH and no ARGMAP_ARGDOWN: no argdown anywhere
        CliRun run = ChildJvmRuns.run(dir, List.of(), Map.of("PATH", "", "ARGMAP_ARGDOWN", ""),
                List.of(List.of("import", "-o", yaml.toString(), document.toString()))).get(0);
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertEquals("argmap: cannot import " + document + " as argdown: reading an Argdown document needs Argdown's "
                + "command line, and there is no `argdown` on PATH (nor a program named by ARGMAP_ARGDOWN)\n"
                + "  hint: install it with `npm install -g @argdown/cli@1.7.5` (or set ARGMAP_ARGDOWN to the argdown "
                + "program), or make the JSON where Argdown is: `argdown json " + document + " DIR`, then "
                + "`argmap import DIR/debate.json`\n", run.err());
        assertEquals("", run.out());
        assertEquals("earlier", Files.readString(yaml));
        assertFalse(run.all().contains("Exception"), run::all);
    }
}
