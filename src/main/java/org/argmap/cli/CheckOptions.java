package org.argmap.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What every command that checks maps takes (a picocli mixin): the maps, a source text, rule
 * severities, strictness and the time each map may take. These override the {@code argmap.yaml}
 * settings file, if any.
 */
public final class CheckOptions {

    @Parameters(paramLabel = "PATH", arity = "1..*",
            description = "Map files, or directories: every *.yaml/*.yml below with a top-level 'argmap' key.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--source", paramLabel = "FILE",
            description = "Source text for quote checks, for maps whose 'source.text' is absent.")
    Path source;

    @Option(names = "--rule", paramLabel = "ID=SEVERITY",
            description = "Set a rule's severity: off, info, warning or error (repeatable), "
                    + "e.g. --rule unanswered-counterpoint=info. Wins over the level in argmap.yaml.")
    List<String> rules = new ArrayList<>();

    /** Null when neither --strict nor --no-strict is given: argmap.yaml decides. */
    @Option(names = "--strict", negatable = true,
            description = "Warnings fail too: exit status 1 when a map has a warning. "
                    + "--no-strict overrides 'strict: true' in argmap.yaml.")
    Boolean strict;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = TimeBudget.DEFAULT_SECONDS,
            description = "Time each map may take, in seconds (0.5 is half a second): checking it gets this much, "
                    + "and drawing it as much again. A map out of time for checking gets a time-budget error and the "
                    + "other maps go on; a drawing out of time stops render with nothing written "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    BigDecimal timeBudget = new BigDecimal(TimeBudget.DEFAULT_SECONDS);
}
