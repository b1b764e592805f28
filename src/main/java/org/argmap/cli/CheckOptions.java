package org.argmap.cli;

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

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "" + TimeBudget.DEFAULT_SECONDS,
            description = "Stop work on a map after this many seconds of checking, and again of drawing, with a "
                    + "time-budget error; the other maps go on (default: ${DEFAULT-VALUE}; 0: no limit).")
    long timeBudget = TimeBudget.DEFAULT_SECONDS;
}
