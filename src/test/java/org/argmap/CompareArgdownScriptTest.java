package org.argmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DotRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison with Argdown (scripts/compare-argdown.sh, docs/performance.md) is run by hand, not
 * by the build, so nothing else would notice its converter or its wiring coming apart from the
 * project. This runs the converter, scripts/ToArgdown.java, as the script does (a source-file
 * program in a child JVM, on the project's classes) over the essay map and a map of awkward text,
 * and reads the script and the docs as text; it never runs Argdown or times anything.
 */
class CompareArgdownScriptTest {

    private static final Path SCRIPT = Path.of("scripts/compare-argdown.sh");
    private static final Path ESSAY = Path.of("maps/st-petersburg-bombing.yaml");
    private static final Pattern STATEMENT = Pattern.compile("(?m)^\\[((?:\\\\.|[^\\]\\\\])+)\\]: (.*)$");
    private static final Pattern ARGUMENT = Pattern.compile("(?m)^<([^>]+)>");
    /** An edge of Argdown's map: an outgoing relation, or a titled premise or conclusion of an argument. */
    private static final Pattern EDGE = Pattern.compile("(?m)^(  [+_-]> [\\[<]|\\(\\d+\\) \\[)");

    @TempDir
    static Path dir;
    static String converterOutput;

    /** One child JVM converts a folder holding the essay and the awkward map, as the script converts its 100 maps. */
    @BeforeAll
    static void convert() throws Exception {
        Path maps = Files.createDirectories(dir.resolve("maps"));
        Files.copy(ESSAY, maps.resolve("essay.yaml"));
        Files.writeString(maps.resolve("awkward.yaml"), """
                argmap: 1
                statements:
                  t:
                    kind: thesis
                    title: "Same: title"
                    text: "See https://example.org/a//b, #tag @name [x] <y> {z} _a_ *b* :smile: .~. 50% U.S. a\\\\b"
                  u:
                    title: "Same: title"
                    text: |-
                      Two
                      lines.
                    supports: t
                """);
        Path log = dir.resolve("converter.log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "scripts/ToArgdown.java",
                maps.toString(), dir.resolve("argdown").toString())
                .redirectError(log.toFile())
                .start();
        converterOutput = new String(child.getInputStream().readAllBytes());
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the converter did not finish");
        assertEquals(0, child.exitValue(), () -> converterOutput + readQuietly(log));
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(no error output: " + e + ")";
        }
    }

    private static int count(Pattern pattern, String text) {
        return (int) pattern.matcher(text).results().count();
    }

    @Test
    void essayInArgdownHasTheNodesAndEdgesOfArgmapsDiagram() throws IOException {
        ArgumentMap map = new MapLoader().load(ESSAY).map().orElseThrow();
        String dot = new DotRenderer().render(map);
        int diagramEdges = (int) dot.lines().filter(line -> line.contains("\" -> \"")).count();
        String argdown = Files.readString(dir.resolve("argdown/essay.argdown"));

        assertEquals(map.statements().size(), count(STATEMENT, argdown), "statements");
        assertEquals(map.arguments().size(), count(ARGUMENT, argdown), "arguments");
        assertEquals(diagramEdges, count(EDGE, argdown), "edges");
        assertTrue(converterOutput.contains("statements 28 arguments 11 edges 40 " + dir.resolve("argdown/essay.argdown")),
                converterOutput);
        assertEquals(40, diagramEdges, "the essay's diagram, as docs/performance.md describes it");
    }

    @Test
    void eachPerspectiveIsAHeadingOverItsStatements() throws IOException {
        String argdown = Files.readString(dir.resolve("argdown/essay.argdown"));
        int sharedThreat = argdown.indexOf("\n# Shared threat\n");
        int mutualDistrust = argdown.indexOf("\n# Mutual distrust\n");
        assertTrue(0 < sharedThreat && sharedThreat < mutualDistrust, argdown);
        assertTrue(argdown.indexOf("[Common enemy, separate fights]: ") < sharedThreat, "the thesis is outside both");
        int condolences = argdown.indexOf("[Western condolences]: ");
        assertTrue(sharedThreat < condolences && condolences < mutualDistrust, "a shared-threat statement");
        assertTrue(argdown.indexOf("[Entrenched distrust]: ") > mutualDistrust, "a mutual-distrust statement");
    }

    @Test
    void attacksOnStatementsAndArgumentsKeepTheirKind() throws IOException {
        String argdown = Files.readString(dir.resolve("argdown/essay.argdown"));
        // distrust attacks the argument common-cause: an undercut, as argmap draws it
        assertTrue(argdown.contains("[Entrenched distrust]: "), argdown);
        assertTrue(argdown.contains("\n  _> <common-cause>\n"), "distrust undercuts common-cause");
        // common-cause attacks the thesis: an untitled conclusion (not drawn) that attacks it
        Matcher commonCause = Pattern.compile("<common-cause>: practical-reasoning\n\n"
                + "\\(1\\) \\[A shared enemy\\]\n\\(2\\) \\[Joint action not ruled out\\]\n"
                + "\\(3\\) \\[Fight a shared enemy together\\]\n----\n\\(4\\) [^\\[\n]+\n"
                + "  -> \\[Common enemy, separate fights\\]\n").matcher(argdown);
        assertTrue(commonCause.find(), argdown);
        // a support argument concludes its statement itself
        assertTrue(argdown.contains("----\n(3) [The promised revenge]\n"), argdown);
    }

    @Test
    void textIsEscapedToReadBackAsWrittenAndSharedTitlesStayApart() throws IOException {
        String argdown = Files.readString(dir.resolve("argdown/awkward.argdown"));
        List<String> statements = STATEMENT.matcher(argdown).results().map(m -> m.group(1) + " = " + m.group(2)).toList();
        assertEquals(List.of(
                "Same: title = See https:\\//example.org/a\\//b, \\#tag \\@name \\[x\\] \\<y\\> \\{z\\} \\_a\\_ \\*b\\* "
                        + "\\:smile: \\.~. 50% U\\.S. a\\\\b",
                "Same: title u = Two lines."), statements);
        assertTrue(argdown.contains("  +> [Same: title]\n"), argdown);
    }

    @Test
    void scriptIsExecutableAndValidBash() throws Exception {
        assertTrue(Files.isExecutable(SCRIPT), SCRIPT + " is executable");
        Process bash = new ProcessBuilder("bash", "-n", SCRIPT.toString()).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes());
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash -n did not finish");
        assertEquals(0, bash.exitValue(), output);
    }

    @Test
    void scriptRunsTheProjectsFilesAndThePinnedArgdown() throws IOException {
        String script = Files.readString(SCRIPT);
        Matcher used = Pattern.compile("(scripts/\\w+\\.java|maps/[\\w-]+\\.yaml)").matcher(script);
        int files = 0;
        while (used.find()) {
            assertTrue(Files.isRegularFile(Path.of(used.group(1))), used.group(1) + " named by the script exists");
            files++;
        }
        assertTrue(files >= 3, "the script names the essay, the generator and the converter");
        assertTrue(script.contains("argdown_version=1.7.5"), "Argdown 1.7.5, the version the issue names");
        assertTrue(script.contains("/usr/bin/time -f '%e %M'"), "wall time and peak RSS from GNU time");
    }

    @Test
    void docsDescribeTheScriptAndAreLinked() throws IOException {
        String performance = Files.readString(Path.of("docs/performance.md"));
        assertTrue(performance.contains("scripts/compare-argdown.sh"), "docs/performance.md says how to run it");
        assertTrue(performance.contains("scripts/ToArgdown.java"), "and what converts the maps");
        assertTrue(Files.readString(Path.of("README.md")).contains("(docs/performance.md)"), "README links it");
        assertTrue(Files.readString(Path.of("docs/benchmarks.md")).contains("(performance.md)"), "benchmarks.md links it");
    }
}
