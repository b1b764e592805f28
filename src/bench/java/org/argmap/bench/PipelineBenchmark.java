package org.argmap.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.evaluate.Label;
import org.argmap.fixtures.GeneratedMaps;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What {@code argmap check} and {@code argmap evaluate} do with one map in-process: load it from the
 * file's bytes (held in memory, so no disk time), check it with every default rule and no source
 * text, evaluate it. {@link #pipeline} is the whole, on the realistic generated map; the other
 * benchmarks are its stages, on that map and on four other shapes, so that a stage that grows faster
 * than the map shows on its own, whatever the shape.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

    static final String FILE = "bench.yaml";
    /** The shapes drawn like hand-written maps, which carry an {@code expect} block. */
    static final List<String> REALISTIC = List.of("generated", "cyclic");

    /** The generated map of {@link #shape} at each size, checked clean and evaluated once before timing. */
    @State(Scope.Benchmark)
    public static class ShapedMap {

        @Param({"100", "1000", "10000"})
        public int statements;

        /**
         * {@link GeneratedMaps#SHAPES}: {@code generated}, the realistic shape with every kind
         * declared; {@code cyclic}, the same with one attack cycle, so that strengths are iterated;
         * {@code attack-chain}, {@code support-chain}: one path as deep as the map, thesis first;
         * {@code wide}: every statement answers the thesis directly.
         */
        @Param({"generated", "cyclic", "attack-chain", "support-chain", "wide"})
        public String shape;

        byte[] bytes;
        ArgumentMap map;

        @Setup(Level.Trial)
        public void generateAndCheck() {
            bytes = mapBytes(shape, statements);
            map = loadedClean(shape, statements, bytes);
        }
    }

    /**
     * The map for the whole pipeline: by default the realistic generated map alone (the issue's
     * target); {@code -p shape=...} picks others, as for the stages.
     */
    @State(Scope.Benchmark)
    public static class PipelineMap {

        @Param({"100", "1000", "10000"})
        public int statements;

        @Param({"generated"})
        public String shape;

        byte[] bytes;

        @Setup(Level.Trial)
        public void generateAndCheck() {
            bytes = mapBytes(shape, statements);
            loadedClean(shape, statements, bytes);
        }
    }

    /**
     * The shape's YAML; the realistic shapes also get an {@code expect} block, as hand-written maps
     * such as the essay map have, so that checking them evaluates them too (rule
     * {@code expectation-failed}).
     */
    static byte[] mapBytes(String shape, int statements) {
        String yaml = GeneratedMaps.shape(shape, statements);
        if (REALISTIC.contains(shape)) {
            yaml = withExpectations(yaml);
        }
        return yaml.getBytes(StandardCharsets.UTF_8);
    }

    /** The map and what evaluation says of the thesis and the ten statements written after it. */
    private static String withExpectations(String yaml) {
        ArgumentMap map = load(yaml.getBytes(StandardCharsets.UTF_8)).map().orElseThrow();
        Evaluation evaluation = evaluate(map);
        Map<Label, List<String>> expected = new EnumMap<>(Label.class);
        map.statements().keySet().stream().limit(11).forEach(id ->
                expected.computeIfAbsent(evaluation.labels().get(id), label -> new ArrayList<>()).add(id));
        StringBuilder expect = new StringBuilder("expect:\n");
        expected.forEach((label, ids) ->
                expect.append("  ").append(label.word()).append(": [").append(String.join(", ", ids)).append("]\n"));
        return yaml + expect;
    }

    /** The map, after making sure it is what the benchmark claims: its size, no finding, evaluated fully. */
    static ArgumentMap loadedClean(String shape, int statements, byte[] bytes) {
        String what = shape + " map of " + statements;
        LoadResult loaded = load(bytes);
        if (!loaded.diagnostics().isEmpty() || loaded.map().isEmpty()) {
            throw new IllegalStateException(what + " does not load clean: " + loaded.diagnostics());
        }
        ArgumentMap map = loaded.map().get();
        if (map.statements().size() != statements
                || map.expect().isEmpty() == REALISTIC.contains(shape)) {
            throw new IllegalStateException(what + " has " + map.statements().size() + " statements, expect block "
                    + !map.expect().isEmpty());
        }
        List<Diagnostic> findings = check(map);
        if (!findings.isEmpty()) {
            throw new IllegalStateException(what + " does not check clean: " + findings);
        }
        Evaluation evaluation = evaluate(map);
        if (!evaluation.converged() || evaluation.labels().size() != map.statements().size() + map.arguments().size()) {
            throw new IllegalStateException(what + " did not evaluate fully after " + evaluation.rounds() + " rounds");
        }
        return map;
    }

    @Benchmark
    public void pipeline(PipelineMap pipelineMap, Blackhole blackhole) {
        ArgumentMap map = load(pipelineMap.bytes).map().orElseThrow();
        blackhole.consume(check(map));
        blackhole.consume(evaluate(map));
    }

    @Benchmark
    public LoadResult load(ShapedMap shaped) {
        return load(shaped.bytes);
    }

    @Benchmark
    public List<Diagnostic> check(ShapedMap shaped) {
        return check(shaped.map);
    }

    @Benchmark
    public Evaluation evaluate(ShapedMap shaped) {
        return evaluate(shaped.map);
    }

    private static LoadResult load(byte[] bytes) {
        return new MapLoader().load(FILE, bytes);
    }

    private static List<Diagnostic> check(ArgumentMap map) {
        return Checker.withDefaults().check(CheckContext.of(map));
    }

    private static Evaluation evaluate(ArgumentMap map) {
        return new Evaluator().evaluate(map);
    }
}
