package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DotRenderer;
import org.argmap.render.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code render --evaluate} and the map's {@code evaluate} setting: kept apart from {@link RenderCommandTest}. */
class RenderCommandEvaluateTest {

    /** A thesis with an answered objection: thesis, premise and reply accepted, objection rejected. */
    static final String ANSWERED = """
            argmap: 1
            title: An answered objection
            perspectives:
              doubt: {label: Doubt}
            statements:
              t: {kind: thesis, text: The thesis holds.}
              p: {kind: premise, text: A reason for it., supports: t}
              c: {kind: counterpoint, perspective: doubt, text: An objection to it., attacks: t}
              r: {kind: rebuttal, perspective: doubt, text: A reply to the objection., attacks: c, weight: 0.8}
            """;

    /** Two statements of full weight attacking each other: their strengths swing between 0 and 1. */
    static final String SWINGING = """
            argmap: 1
            statements:
              t: {kind: thesis, text: The thesis holds.}
              x: {kind: counterpoint, text: An objection., attacks: [t, y], weight: 1}
              y: {kind: rebuttal, text: A reply., attacks: x, weight: 1}
            """;

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static ArgumentMap load(Path file) throws IOException {
        return new MapLoader().load(file).map().orElseThrow();
    }

    private static String evaluatedDot(Path file) throws IOException {
        ArgumentMap map = load(file);
        return new DotRenderer().render(map, new Evaluator().evaluate(map));
    }

    private CliRun renderDot(Path map, String... options) {
        String[] args = new String[options.length + 6];
        args[0] = "render";
        args[1] = "-f";
        args[2] = "dot";
        args[3] = "-o";
        args[4] = dir.resolve("out").toString();
        System.arraycopy(options, 0, args, 5, options.length);
        args[args.length - 1] = map.toString();
        return CliRun.of(args);
    }

    private String dotWritten(Path map) throws IOException {
        String name = map.getFileName().toString().replace(".yaml", ".dot");
        return Files.readString(dir.resolve("out").resolve(name));
    }

    @Test
    void evaluateDrawsEachNodesLabelAndStrength() throws IOException {
        Path map = write("m.yaml", ANSWERED);
        CliRun run = renderDot(map, "--evaluate");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        String dot = dotWritten(map);
        assertEquals(evaluatedDot(map), dot);
        assertTrue(dot.contains("rejected \u00b7 0.10") && dot.contains("accepted \u00b7 0.80"), dot);
        assertFalse(run.out().contains("note:"), "nothing to warn of: " + run.out());
    }

    @Test
    void withoutEvaluateTheDrawingIsThePlainOne() throws IOException {
        Path map = write("m.yaml", ANSWERED);
        CliRun run = renderDot(map);
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertEquals(new DotRenderer().render(load(map)), dotWritten(map));
        assertFalse(dotWritten(map).contains("accepted"));
    }

    @Test
    void mapSettingTurnsTheEvaluationOnAndNoEvaluateTurnsItOff() throws IOException {
        Path map = write("m.yaml", ANSWERED + "render:\n  evaluate: true\n");
        CliRun fromMap = renderDot(map);
        assertEquals(ExitStatus.CLEAN, fromMap.status(), fromMap::all);
        assertEquals(evaluatedDot(map), dotWritten(map));

        CliRun overridden = renderDot(map, "--no-evaluate");
        assertEquals(ExitStatus.CLEAN, overridden.status(), overridden::all);
        assertEquals(new DotRenderer().render(load(map)), dotWritten(map));
    }

    @Test
    void evaluateOnTheCommandLineWinsOverEvaluateFalseInTheMap() throws IOException {
        Path map = write("m.yaml", ANSWERED + "render: {evaluate: false, theme: print}\n");
        CliRun run = renderDot(map, "--evaluate");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        String dot = dotWritten(map);
        assertTrue(dot.contains("accepted \u00b7 0.80"), dot);
        assertTrue(dot.contains("\"fillcolor\"=\"#bdbdbd\""), "the map's other settings still hold: " + dot);
    }

    @Test
    void strengthsThatDidNotConvergeAreReportedInTheTerminal() throws IOException {
        Path map = write("swing.yaml", SWINGING);
        CliRun run = renderDot(map, "--evaluate");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        assertTrue(run.out().contains("note: " + map + ": strengths did not converge in " + Evaluator.MAX_ROUNDS
                + " rounds, so none is shown (attack cycles keep them moving)"), run::all);
        assertTrue(dotWritten(map).contains("Strengths did not converge"), "and in the diagram");
        CliRun plain = renderDot(map);
        assertFalse(plain.out().contains("converge"), "without --evaluate there is nothing to say: " + plain.all());
    }

    @Test
    void viewShowsTheEvaluationOfTheWholeMap() throws IOException {
        Path map = write("m.yaml", ANSWERED);
        CliRun run = renderDot(map, "--evaluate", "--focus", "c", "--depth", "0");
        assertEquals(ExitStatus.CLEAN, run.status(), run::all);
        ArgumentMap whole = load(map);
        String expected = new DotRenderer().render(new View.Focus("c", 0).apply(whole), new Evaluator().evaluate(whole));
        String dot = Files.readString(dir.resolve("out").resolve("m--focus-c-0.dot"));
        assertEquals(expected, dot);
        assertTrue(dot.contains("rejected \u00b7 0.10"), "rejected by a reply the view does not show: " + dot);
    }

    @Test
    void htmlPageHasTheEvaluationSectionOnlyWithEvaluate() throws IOException {
        Path map = write("m.yaml", ANSWERED);
        Path out = dir.resolve("out");
        CliRun plain = CliRun.of("render", "-f", "html", "--engine", "embedded", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, plain.status(), plain::all);
        assertFalse(Files.readString(out.resolve("m.html")).contains("id=\"evaluation\""));
        CliRun evaluated = CliRun.of("render", "-f", "html", "--engine", "embedded", "--evaluate", "-o", out.toString(),
                map.toString());
        assertEquals(ExitStatus.CLEAN, evaluated.status(), evaluated::all);
        String page = Files.readString(out.resolve("m.html"));
        assertTrue(page.contains("<section id=\"evaluation\">"), page);
        assertTrue(page.contains("<td class=\"rejected\">rejected</td><td class=\"strength\">0.10</td>"), page);
    }

    /**
     * The evaluated drawing is stamped like any other, so {@code --check} finds it current, and
     * stale once a weight moves the strengths. The plain drawing does not show weights, so the
     * same edit leaves it current.
     */
    @Test
    void checkPassesOnAFreshEvaluatedDrawingAndFailsWhenAWeightChangesTheStrengths() throws IOException {
        Path map = write("m.yaml", ANSWERED);
        Path out = dir.resolve("out");
        Path plainOut = dir.resolve("plain");
        CliRun drawn = CliRun.of("render", "--engine", "embedded", "--evaluate", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, drawn.status(), drawn::all);
        CliRun plainDrawn = CliRun.of("render", "--engine", "embedded", "-o", plainOut.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, plainDrawn.status(), plainDrawn::all);
        assertTrue(Files.readString(out.resolve("m.svg")).contains("accepted \u00b7 0.80"));

        CliRun current = CliRun.of("render", "--check", "--evaluate", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, current.status(), current::all);
        CliRun withoutEvaluate = CliRun.of("render", "--check", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, withoutEvaluate.status(), "drawn with the evaluation: " + withoutEvaluate.all());

        write("m.yaml", ANSWERED.replace("weight: 0.8", "weight: 0.6"));
        CliRun stale = CliRun.of("render", "--check", "--evaluate", "-o", out.toString(), map.toString());
        assertEquals(ExitStatus.FINDINGS, stale.status(), stale::all);
        assertTrue(stale.out().contains("stale: " + out.resolve("m.svg")), stale::all);
        assertTrue(stale.out().contains("--evaluate"), "the command to redraw repeats --evaluate: " + stale.out());
        CliRun plainCurrent = CliRun.of("render", "--check", "-o", plainOut.toString(), map.toString());
        assertEquals(ExitStatus.CLEAN, plainCurrent.status(), "weights are not drawn without --evaluate: " + plainCurrent.all());
    }
}
