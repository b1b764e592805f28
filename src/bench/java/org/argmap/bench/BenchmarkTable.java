package org.argmap.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link PipelineBenchmark} and prints, besides JMH's own table, one with the cost per
 * statement at each size and how it grows: the per-statement cost at a size divided by that at the
 * smallest size is about 1 when cost grows linearly, and about 100 at 10,000 when it grows with the
 * square of the size.
 *
 * <p>Arguments are JMH's own ({@code -p statements=10000 -p shape=generated}, {@code -wi 5},
 * {@code -i 10}, a benchmark regular expression, ...); what they leave unset gets the defaults here,
 * chosen so that the whole run takes about four minutes on two cores.
 */
public final class BenchmarkTable {

    /** The target: the whole pipeline on a 10,000-statement map within a second. */
    static final double TARGET_MILLIS = 1000;
    static final int TARGET_STATEMENTS = 10_000;
    private static final List<String> STAGES = List.of("pipeline", "load", "check", "evaluate");
    private static final List<String> SHAPES = List.of("generated", "cyclic", "attack-chain", "support-chain", "wide");

    private BenchmarkTable() {
    }

    public static void main(String[] args) throws Exception {
        CommandLineOptions given = new CommandLineOptions(args);
        ChainedOptionsBuilder options = new OptionsBuilder().parent(given);
        if (given.getIncludes().isEmpty()) {
            options.include(Pattern.quote(PipelineBenchmark.class.getName()) + "\\.");
        }
        if (!given.getForkCount().hasValue()) {
            options.forks(1);
        }
        if (!given.getJvmArgs().hasValue()) {
            // A small fixed heap: with the default one (a quarter of the machine's memory) a stage that
            // allocates tens of megabytes per call runs through fresh, never-touched pages for the
            // whole measurement, and the page faults get timed (three times the cost at 10,000).
            // Touching the heap up front (-XX:+AlwaysPreTouch) would cost a second or two per fork.
            options.jvmArgs("-Xms512m", "-Xmx512m");
        }
        if (!given.getWarmupIterations().hasValue()) {
            options.warmupIterations(5);
        }
        if (!given.getWarmupTime().hasValue()) {
            options.warmupTime(TimeValue.milliseconds(400));
        }
        if (!given.getMeasurementIterations().hasValue()) {
            options.measurementIterations(4);
        }
        if (!given.getMeasurementTime().hasValue()) {
            options.measurementTime(TimeValue.milliseconds(400));
        }
        if (given.getProfilers().isEmpty()) {
            options.addProfiler(GCProfiler.class);
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        print(rows(results), System.out);
    }

    /**
     * One measured benchmark: a stage of one shape at one size. {@code allocated} is the bytes the
     * stage allocates per operation (JMH's {@code gc.alloc.rate.norm}; NaN without the GC profiler):
     * unlike time, it does not vary with what else the machine is doing.
     */
    record Row(String stage, String shape, int statements, double millis, double error, double allocated) {
        double microsPerStatement() {
            return millis * 1000 / statements;
        }

        double bytesPerStatement() {
            return allocated / statements;
        }
    }

    static List<Row> rows(Collection<RunResult> results) {
        List<Row> rows = new ArrayList<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            rows.add(new Row(benchmark.substring(benchmark.lastIndexOf('.') + 1), result.getParams().getParam("shape"),
                    Integer.parseInt(result.getParams().getParam("statements")),
                    result.getPrimaryResult().getScore(), result.getPrimaryResult().getScoreError(),
                    allocated(result)));
        }
        rows.sort(Comparator.comparing((Row row) -> SHAPES.indexOf(row.shape()))
                .thenComparing(row -> STAGES.indexOf(row.stage()))
                .thenComparing(Row::statements));
        return rows;
    }

    private static double allocated(RunResult result) {
        Result<?> allocated = result.getSecondaryResults().get("gc.alloc.rate.norm");
        return allocated == null ? Double.NaN : allocated.getScore();
    }

    static void print(List<Row> rows, PrintStream out) {
        Map<String, Row> smallest = new TreeMap<>();
        for (Row row : rows) {
            smallest.merge(row.shape() + "/" + row.stage(), row, (a, b) -> a.statements() <= b.statements() ? a : b);
        }
        out.println();
        out.println("argmap pipeline, in-process (ms/op: mean and 99.9% error; us/stmt: per statement;"
                + " growth: us/stmt over that at the smallest size, ~1 when linear; B/stmt: bytes allocated per statement)");
        out.printf(Locale.ROOT, "%-14s %-9s %10s %22s %9s %7s %9s%n", "shape", "stage", "statements", "ms/op", "us/stmt",
                "growth", "B/stmt");
        for (Row row : rows) {
            Row base = smallest.get(row.shape() + "/" + row.stage());
            out.printf(Locale.ROOT, "%-14s %-9s %,10d %12.3f ± %7.3f %9.2f %7.2f %,9.0f%n", row.shape(), row.stage(),
                    row.statements(), row.millis(), Double.isNaN(row.error()) ? 0 : row.error(),
                    row.microsPerStatement(), row.microsPerStatement() / base.microsPerStatement(),
                    row.bytesPerStatement());
        }
        target(rows).ifPresent(row -> out.printf(Locale.ROOT,
                "%nTarget: load + check + evaluate of a generated %,d-statement map in under %.0f ms: %.1f ms, %s%n",
                TARGET_STATEMENTS, TARGET_MILLIS, row.millis(), row.millis() < TARGET_MILLIS ? "met" : "MISSED"));
    }

    private static Optional<Row> target(List<Row> rows) {
        return rows.stream()
                .filter(row -> row.stage().equals("pipeline") && row.shape().equals("generated")
                        && row.statements() == TARGET_STATEMENTS)
                .findFirst();
    }
}
