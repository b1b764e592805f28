package org.argmap.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import picocli.CommandLine.ITypeConverter;
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
            converter = RuleLevels.class, completionCandidates = RuleLevels.class,
            description = "Set a rule's severity: off, info, warning or error (repeatable), "
                    + "e.g. --rule unanswered-counterpoint=info. Wins over the level in argmap.yaml.")
    List<RuleLevel> rules = new ArrayList<>();

    /** Null when neither --strict nor --no-strict is given: argmap.yaml decides. */
    @Option(names = "--strict", negatable = true,
            description = "Warnings fail too: exit status 1 when a map has a warning. "
                    + "--no-strict overrides 'strict: true' in argmap.yaml.")
    Boolean strict;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = TimeBudget.DEFAULT_SECONDS,
            converter = TimeBudget.Seconds.class,
            description = "Time each map may take, in seconds (0.5 is half a second): checking it gets this much, "
                    + "and drawing it as much again. A map out of time for checking gets a time-budget error and the "
                    + "other maps go on; a drawing out of time stops render with nothing written "
                    + "(default: ${DEFAULT-VALUE}; 0: no limit).")
    BigDecimal timeBudget = new BigDecimal(TimeBudget.DEFAULT_SECONDS);

    /** The {@code --rule} options as settings: a later option for the same rule wins. */
    RuleSettings ruleSettings() {
        RuleSettings settings = RuleSettings.DEFAULTS;
        for (RuleLevel rule : rules) {
            settings = settings.with(rule.id(), rule.level());
        }
        return settings;
    }

    /** One {@code --rule ID=SEVERITY}: a rule's id and its level, empty for {@code off}. */
    record RuleLevel(String id, Optional<Severity> level) {
    }

    /**
     * Reads {@code --rule ID=SEVERITY}, each side as a {@link ChoiceConverter} reads a word. Only
     * the rules can be set: the loader's own ({@code yaml-syntax}, {@code schema}) cannot, since a
     * file that does not load as a map cannot be checked at all. The shell is offered every
     * {@code ID=SEVERITY}.
     */
    static final class RuleLevels implements ITypeConverter<RuleLevel>, Iterable<String> {

        private final ChoiceConverter<String> ids = new ChoiceConverter<>("rule", "rules",
                () -> Rules.settable().stream().map(RuleInfo::id).toList(), id -> id);
        private final ChoiceConverter<Optional<Severity>> levels = new ChoiceConverter<>("level", "levels",
                () -> Severity.LEVEL_WORDS, Severity::ofLevel);

        @Override
        public RuleLevel convert(String spec) {
            int eq = spec.indexOf('=');
            if (eq <= 0) {
                throw new CommandFailure("--rule takes ID=SEVERITY, got '" + spec + "'",
                        "e.g. --rule unanswered-counterpoint=info");
            }
            return new RuleLevel(ids.convert(spec.substring(0, eq)), levels.convert(spec.substring(eq + 1)));
        }

        @Override
        public Iterator<String> iterator() {
            List<String> specs = new ArrayList<>();
            ids.forEach(id -> levels.forEach(level -> specs.add(id + "=" + level)));
            return specs.iterator();
        }
    }
}
