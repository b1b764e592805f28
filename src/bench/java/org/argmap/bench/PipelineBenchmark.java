package org.argmap.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
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
 * What {@code argmap check} and {@code argmap evaluate} do with one map in-process, at three sizes
 * and in four shapes: load from the file's bytes (held in memory, so no disk time), check with every
 * default rule and no source text, evaluate. {@link #pipeline} is the whole; the other benchmarks
 * are its stages, so a stage that grows faster than the map shows on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineBenchmark {

    static final String FILE = "bench.yaml";

    @Param({"100", "1000", "10000"})
    public int statements;

    /**
     * {@code generated}: {@link GeneratedMaps#yaml(int, long, boolean)} with every kind declared, the
     * realistic shape; {@code attack-chain}, {@code support-chain}: one path as deep as the map,
     * thesis first; {@code wide}: every statement answers the thesis directly.
     */
    @Param({"generated", "attack-chain", "support-chain", "wide"})
    public String shape;

    private byte[] bytes;
    private ArgumentMap map;

    @Setup(Level.Trial)
    public void generateAndCheckTheMap() {
        bytes = yaml(shape, statements).getBytes(StandardCharsets.UTF_8);
        LoadResult loaded = load();
        if (!loaded.diagnostics().isEmpty() || loaded.map().isEmpty()) {
            throw new IllegalStateException(shape + " map of " + statements + " does not load clean: " + loaded.diagnostics());
        }
        map = loaded.map().get();
        if (map.statements().size() != statements) {
            throw new IllegalStateException(shape + " map has " + map.statements().size() + " statements, not " + statements);
        }
        List<Diagnostic> findings = check(map);
        if (!findings.isEmpty()) {
            throw new IllegalStateException(shape + " map of " + statements + " does not check clean: " + findings);
        }
        Evaluation evaluation = evaluate(map);
        if (!evaluation.converged() || evaluation.labels().size() != map.statements().size() + map.arguments().size()) {
            throw new IllegalStateException(shape + " map of " + statements + " did not evaluate fully: " + evaluation.rounds());
        }
    }

    static String yaml(String shape, int statements) {
        return switch (shape) {
            case "generated" -> GeneratedMaps.yaml(statements, 1, true);
            case "attack-chain" -> GeneratedMaps.attackChain(statements);
            case "support-chain" -> GeneratedMaps.supportChain(statements);
            case "wide" -> GeneratedMaps.wide(statements);
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
    }

    @Benchmark
    public void pipeline(Blackhole blackhole) {
        ArgumentMap loaded = load().map().orElseThrow();
        blackhole.consume(check(loaded));
        blackhole.consume(evaluate(loaded));
    }

    @Benchmark
    public LoadResult load() {
        return new MapLoader().load(FILE, bytes);
    }

    @Benchmark
    public List<Diagnostic> check() {
        return check(map);
    }

    @Benchmark
    public Evaluation evaluate() {
        return evaluate(map);
    }

    private static List<Diagnostic> check(ArgumentMap map) {
        return Checker.withDefaults().check(CheckContext.of(map));
    }

    private static Evaluation evaluate(ArgumentMap map) {
        return new Evaluator().evaluate(map);
    }
}
