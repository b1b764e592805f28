package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CI recipes in docs/ci/ are run, not just shown: the GitHub Actions workflow's argmap
 * commands and the pre-commit framework's hook entries run on a copy of this project's maps and
 * diagrams (they pass) and on a broken copy (they fail); the git pre-commit hook script runs in a
 * real git repository. And .ci/run uses the very commands the workflow does.
 */
class CiRecipesTest {

    private static final String PREFIX = "java -jar target/argmap.jar ";
    private static final Path WORKFLOW = Path.of("docs/ci/github-workflow.yml");
    private static final Path PRE_COMMIT_CONFIG = Path.of("docs/ci/pre-commit-config.yaml");
    private static final Path HOOK = Path.of("docs/ci/pre-commit");

    @TempDir
    Path repo;

    @BeforeEach
    void copyMapsAndDiagrams() throws IOException {
        for (String folder : List.of("maps", "output")) {
            Path from = Path.of(folder);
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path to = repo.resolve(file.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(file, to);
                }
            }
        }
    }

    /** The argmap commands of the workflow's steps, in order, as written. */
    private static List<String> workflowCommands() throws IOException {
        JsonNode workflow = new ObjectMapper(new YAMLFactory()).readTree(WORKFLOW.toFile());
        List<String> commands = new ArrayList<>();
        for (JsonNode job : workflow.get("jobs")) {
            for (JsonNode step : job.get("steps")) {
                JsonNode run = step.get("run");
                if (run != null && run.asText().startsWith(PREFIX)) {
                    commands.add(run.asText().strip());
                }
            }
        }
        return commands;
    }

    private static List<String> preCommitEntries() throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(PRE_COMMIT_CONFIG.toFile());
        List<String> entries = new ArrayList<>();
        for (JsonNode hook : config.get("repos").get(0).get("hooks")) {
            entries.add(hook.get("entry").asText());
        }
        return entries;
    }

    /** Runs "java -jar target/argmap.jar ARGS [> FILE]" in-process, inside the copied repository. */
    private CliRun run(String command) throws IOException {
        String rest = command.substring(PREFIX.length());
        String redirect = null;
        int arrow = rest.indexOf(" > ");
        if (arrow >= 0) {
            redirect = rest.substring(arrow + 3).strip();
            rest = rest.substring(0, arrow);
        }
        List<String> args = new ArrayList<>();
        for (String arg : rest.strip().split(" +")) {
            args.add(arg.endsWith("/") && Files.isDirectory(repo.resolve(arg)) ? repo.resolve(arg).toString() : arg);
        }
        if (args.get(0).equals("render")) {
            args.add(1, "-o");
            args.add(2, repo.resolve("output").toString());
        }
        CliRun result = CliRun.withRealEngines(args.toArray(String[]::new));
        if (redirect != null) {
            Files.writeString(repo.resolve(redirect), result.out(), StandardCharsets.UTF_8);
        }
        return result;
    }

    private void breakTheEssayMap() throws IOException {
        Path map = repo.resolve("maps/st-petersburg-bombing.yaml");
        Files.writeString(map, Files.readString(map).replace("supports: separate-fights", "supports: separate-fihgts"));
    }

    @Test
    void workflowCommandsPassOnThisProjectAndFailOnABrokenMap() throws IOException {
        List<String> commands = workflowCommands();
        assertEquals(3, commands.size(), commands::toString);
        for (String command : commands) {
            CliRun result = run(command);
            assertEquals(ExitStatus.CLEAN, result.status(), () -> command + "\n" + result.all());
        }
        JsonNode sarif = new ObjectMapper().readTree(repo.resolve("argmap.sarif").toFile());
        assertEquals("2.1.0", sarif.get("version").asText());
        for (JsonNode result : sarif.get("runs").get(0).get("results")) {
            assertEquals("note", result.get("level").asText(), "the project's maps have only notes: " + result);
        }

        breakTheEssayMap();
        CliRun annotations = run(commands.get(0));
        assertEquals(ExitStatus.FINDINGS, annotations.status(), annotations::all);
        assertTrue(annotations.out().contains("::error file="), annotations::all);
        assertTrue(annotations.out().contains("title=dangling-reference"), annotations::all);
        assertEquals(ExitStatus.FINDINGS, run(commands.get(1)).status());
        assertTrue(Files.readString(repo.resolve("argmap.sarif")).contains("dangling-reference"));
    }

    @Test
    void staleDiagramFailsTheWorkflowsLastStep() throws IOException {
        Path map = repo.resolve("maps/st-petersburg-bombing.yaml");
        Files.writeString(map, Files.readString(map).replace("title: Entrenched distrust", "title: Deep distrust"));
        String renderCheck = workflowCommands().get(2);
        CliRun result = run(renderCheck);
        assertEquals(ExitStatus.FINDINGS, result.status(), result::all);
        assertTrue(result.out().contains("stale: "), result::all);
    }

    @Test
    void preCommitFrameworkEntriesPassAndFail() throws IOException {
        List<String> entries = preCommitEntries();
        assertEquals(2, entries.size(), entries::toString);
        for (String entry : entries) {
            assertEquals(ExitStatus.CLEAN, run(entry).status(), entry);
        }
        breakTheEssayMap();
        for (String entry : entries) {
            assertEquals(ExitStatus.FINDINGS, run(entry).status(), entry);
        }
    }

    @Test
    void ciRunsTheWorkflowsCommandsOnThisProject() throws IOException {
        List<String> ci = Files.readAllLines(Path.of(".ci/run")).stream().map(String::strip).toList();
        for (String command : workflowCommands()) {
            assertTrue(ci.contains(command), ".ci/run lacks the workflow's command: " + command);
        }
    }

    @Test
    void gitHookRefusesABrokenMapAndAcceptsAGoodOne() throws Exception {
        git("init", "-q");
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.copy(HOOK, hook);
        hook.toFile().setExecutable(true);
        git("add", "maps", "output");
        Process good = commit("add the essay map");
        assertEquals(0, good.exitValue(), output(good));

        breakTheEssayMap();
        git("add", "maps");
        Process bad = commit("break it");
        String printed = output(bad);
        assertEquals(1, bad.exitValue(), printed);
        assertTrue(printed.contains("error[dangling-reference]"), printed);
        assertTrue(printed.contains("pre-commit: argmap found errors"), printed);
    }

    private Process commit(String message) throws Exception {
        return start(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", message));
    }

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(Arrays.asList(args));
        Process p = start(command);
        String printed = output(p);
        assertEquals(0, p.exitValue(), () -> String.join(" ", command) + ": " + printed);
    }

    private Process start(List<String> command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        builder.environment().put("ARGMAP", java + " -cp " + System.getProperty("java.class.path") + " " + Main.class.getName());
        lastOutput = Files.createTempFile("argmap-hook", ".txt");
        builder.redirectOutput(lastOutput.toFile());
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + command);
        return p;
    }

    /** Where the last started process's output went, outside the repository. */
    private Path lastOutput;

    private String output(Process p) throws IOException {
        String text = Files.readString(lastOutput);
        Files.deleteIfExists(lastOutput);
        return text;
    }
}
