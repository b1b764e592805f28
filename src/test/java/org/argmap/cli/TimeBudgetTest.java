package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.TimeBudgetFinding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time budget per map, on a clock that moves one millisecond each time it is read: work is
 * measured in looks at the clock (one per rule, one per round of evaluation), not in real time.
 */
class TimeBudgetTest {

    /** Strengths that never settle: evaluating it takes the full 1,000 rounds. */
    private static final Path SWINGING_CYCLE = Path.of("src/test/resources/evaluate/swinging-cycle.yaml");

    @TempDir
    Path dir;

    private Path valid;
    private final AtomicLong now = new AtomicLong();

    @BeforeEach
    void writeAValidMap() throws IOException {
        Files.createDirectory(dir.resolve(".git"));
        valid = dir.resolve("valid.yaml");
        Files.writeString(valid, CheckCommandTest.VALID, StandardCharsets.UTF_8);
    }

    private List<CheckedMap> checkAndEvaluate(Path... maps) {
        CheckOptions options = new CheckOptions();
        options.paths = List.of(maps);
        // a second of budget is a thousand looks at this clock
        TimeBudget budget = new TimeBudget(Duration.ofSeconds(1), () -> now.addAndGet(1_000_000));
        return CommandPipeline.checker(options, budget).checkAll(List.of(maps), map -> true);
    }

    @Test
    void aMapWhoseWorkPassesTheBudgetGetsAnErrorAtItsFirstLineAndTheNextMapIsStillChecked() {
        List<CheckedMap> results = checkAndEvaluate(SWINGING_CYCLE, valid);

        CheckedMap stopped = results.get(0);
        assertEquals(1, stopped.diagnostics().size(), () -> stopped.diagnostics().toString());
        Diagnostic finding = stopped.diagnostics().get(0);
        assertEquals(TimeBudgetFinding.RULE, finding.rule());
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals(Location.at(SWINGING_CYCLE.toString(), 1, 1), finding.location());
        assertEquals("checking this map took longer than its time budget of 1 s and was stopped", finding.message());
        assertTrue(finding.hint().orElseThrow().contains("--time-budget SECONDS"), finding::toString);
        assertTrue(stopped.evaluation().isEmpty(), "no half-done evaluation is kept");

        CheckedMap next = results.get(1);
        assertEquals(List.of(), next.diagnostics());
        assertTrue(next.evaluation().orElseThrow().converged(), "the next map is checked and evaluated in full");
        assertEquals(ExitStatus.FINDINGS, ExitStatus.of(CheckedMap.anyFails(results)));
    }

    @Test
    void withoutABudgetTheSameWorkRunsToItsEnd() {
        CheckOptions options = new CheckOptions();
        options.paths = List.of(SWINGING_CYCLE);
        TimeBudget none = new TimeBudget(Duration.ZERO, () -> now.addAndGet(1_000_000_000));
        List<CheckedMap> results = CommandPipeline.checker(options, none).checkAll(options.paths, map -> true);
        assertEquals(List.of(), results.get(0).diagnostics());
        assertEquals(false, results.get(0).evaluation().orElseThrow().converged());
    }

    @Test
    void theOptionIsOnEveryCommandThatChecksAndANegativeBudgetIsAUsageError() {
        for (String command : List.of("check", "render", "evaluate")) {
            CliRun help = CliRun.of(command, "--help");
            assertTrue(help.out().contains("--time-budget=SECONDS"), help::all);
            CliRun negative = CliRun.of(command, "--time-budget", "-1", valid.toString());
            assertEquals(ExitStatus.CANNOT_RUN, negative.status(), negative::all);
            assertTrue(negative.err().contains("--time-budget -1 is negative"), negative::all);
        }
        CliRun unlimited = CliRun.of("check", "--time-budget", "0", valid.toString());
        assertEquals(ExitStatus.CLEAN, unlimited.status(), unlimited::all);
    }

    @Test
    void theBudgetIsInSecondsWithDecimalsAndATinyBudgetIsStillOne() {
        assertEquals(Duration.ofMillis(500), budgetOf("0.5"));
        assertEquals(Duration.ofSeconds(60), budgetOf(TimeBudget.DEFAULT_SECONDS));
        assertEquals(Duration.ofNanos(1), budgetOf("0.0000000001"), "rounded up, not down to 0 (no limit)");
        assertEquals(Duration.ZERO, budgetOf("0"));
        assertEquals("0.5 s", TimeBudgetFinding.seconds(Duration.ofMillis(500)));
        assertEquals("60 s", TimeBudgetFinding.seconds(Duration.ofSeconds(60)));

        CliRun decimals = CliRun.of("check", "--time-budget", "30.5", valid.toString());
        assertEquals(ExitStatus.CLEAN, decimals.status(), decimals::all);
        CliRun huge = CliRun.of("check", "--time-budget", "1e12", valid.toString());
        assertEquals(ExitStatus.CANNOT_RUN, huge.status(), huge::all);
        assertTrue(huge.err().contains("--time-budget 1000000000000 is more than 1000000000 seconds"), huge::all);
        CliRun words = CliRun.of("check", "--time-budget", "a minute", valid.toString());
        assertEquals(ExitStatus.CANNOT_RUN, words.status(), words::all);
    }

    private static Duration budgetOf(String seconds) {
        CheckOptions options = new CheckOptions();
        options.timeBudget = new BigDecimal(seconds);
        return TimeBudget.of(options).budget();
    }
}
