package org.argmap.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.check.RuleSettings;
import org.argmap.check.Rules;
import org.argmap.check.SourceText;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.load.ConfigLoader;
import org.argmap.load.ConfigLocator;
import org.argmap.load.LoadLimits;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.load.RegularFiles;
import org.argmap.load.RuleConfig;
import org.argmap.load.SourceTextLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;
import org.argmap.model.Qualifier;
import org.argmap.report.QuoteCheck;
import org.argmap.text.Plural;

/**
 * Loads, checks and evaluates maps: the part of the pipeline that every front end shares. Each map
 * is checked with the settings of the nearest {@code argmap.yaml} above it, overridden by the
 * {@link CheckRequest}, and evaluated at most once: before the rules when one of them reads the
 * evaluation, else after them when the caller asks for it and the findings allow it.
 */
public final class MapChecker {

    /** A map's settings and the checker that runs them, shared by maps with the same settings file. */
    private record Checking(MapSettings settings, Checker checker) {
    }

    private final MapLoader loader = new MapLoader();
    private final ConfigLoader configLoader = new ConfigLoader(Rules.settable().stream().map(RuleInfo::id).toList());
    private final Optional<SourceTextLoader.SourceFile> fallbackSource;
    private final CheckRequest request;

    /** @throws PipelineException.UnusableInput when the request's source text cannot be read */
    public MapChecker(CheckRequest request) {
        this.request = request;
        this.fallbackSource = request.source().map(MapChecker::readSource);
    }

    /**
     * Checks every map with its settings.
     *
     * @throws PipelineException before checking any map when a settings file has problems
     *                           ({@link PipelineException.BrokenSettings}) or cannot be read; when a
     *                           map file cannot be read
     */
    public List<CheckedMap> checkAll(List<Path> files) {
        return checkAll(files, map -> false);
    }

    /**
     * Checks every map with its settings and, within the map's time budget, evaluates each map
     * that {@code evaluates} names and whose findings allow it.
     *
     * @throws PipelineException as {@link #checkAll(List)}
     */
    public List<CheckedMap> checkAll(List<Path> files, Predicate<ArgumentMap> evaluates) {
        return checkAll(files, evaluates, Progress.NONE);
    }

    /** Told as each map's turn comes, so that a front end can show how far a long run has got. */
    @FunctionalInterface
    public interface Progress {

        /** Tells nothing. */
        Progress NONE = (index, total, map) -> { };

        /** Map {@code index} (from 0) of {@code total} is about to be checked. */
        void starting(int index, int total, Path map);
    }

    /**
     * As {@link #checkAll(List, Predicate)}, telling {@code progress} before each map.
     *
     * @throws PipelineException as {@link #checkAll(List)}
     */
    public List<CheckedMap> checkAll(List<Path> files, Predicate<ArgumentMap> evaluates, Progress progress) {
        Map<Path, Optional<Path>> configOf = new LinkedHashMap<>();
        Map<Path, RuleConfig> configs = new LinkedHashMap<>();
        for (Path file : files) {
            Optional<Path> config = ConfigLocator.find(file.toAbsolutePath().getParent());
            configOf.put(file, config);
            config.ifPresent(c -> configs.computeIfAbsent(c, this::readConfig));
        }
        refuseBroken(List.copyOf(configs.values()));
        Map<Optional<Path>, Checking> checkings = new HashMap<>();
        List<CheckedMap> results = new ArrayList<>();
        for (Map.Entry<Path, Optional<Path>> map : configOf.entrySet()) {
            Checking checking = checkings.computeIfAbsent(map.getValue(), config -> {
                MapSettings settings = MapSettings.resolve(config.map(configs::get), request.rules(), request.strict());
                return new Checking(settings, Checker.of(settings.rules()));
            });
            progress.starting(results.size(), configOf.size(), map.getKey());
            results.add(check(map.getKey(), checking, evaluates));
        }
        return results;
    }

    private CheckedMap check(Path file, Checking checking, Predicate<ArgumentMap> evaluates) {
        Deadline deadline = request.deadlines().get();
        LoadResult load;
        try {
            load = loader.load(file);
        } catch (RegularFiles.Refused e) {
            throw new PipelineException.UnusableInput("cannot read " + file + ": it " + e.getMessage());
        } catch (IOException e) {
            throw new PipelineException.UnusableInput("cannot read " + file + ": " + IoProblems.describe(file, e));
        }
        RuleSettings settings = checking.settings().rules();
        List<Diagnostic> diagnostics = new ArrayList<>(checking.settings().applyToLoadFindings(load.diagnostics()));
        Optional<CheckContext> context = load.map().map(map -> {
            SourceTextLoader.Result source = SourceTextLoader.load(file, map, fallbackSource);
            source.problem().ifPresent(diagnostics::add);
            Optional<SourceText> text = source.source().map(s -> new SourceText(s.file(), s.content()));
            return new CheckContext(map, text, Optional.of(load.content()), deadline)
                    .withSchemes(checking.settings().schemes());
        });
        Optional<Evaluation> evaluation = Optional.empty();
        try {
            deadline.check();
            if (context.isPresent()) {
                CheckContext checked = context.get();
                Checker checker = checking.checker();
                // evaluated before the rules when one reads it, so that the map is evaluated once
                Optional<Evaluation> forRules = checker.needsEvaluation(checked)
                        ? Optional.of(new Evaluator().evaluate(checked.map(), deadline)) : Optional.empty();
                diagnostics.addAll(checker.check(forRules.map(checked::withEvaluation).orElse(checked)));
                if (evaluates.test(checked.map()) && diagnostics.stream().noneMatch(MapEvaluator::blocksEvaluation)) {
                    evaluation = forRules.isPresent() ? forRules
                            : Optional.of(new Evaluator().evaluate(checked.map(), deadline));
                }
            }
        } catch (Deadline.Exceeded e) {
            diagnostics.add(TimeBudgetFinding.of(load.file(), "checking", e));
            context = Optional.empty();
            evaluation = Optional.empty();
        }
        return new CheckedMap(file, load, diagnostics.stream().sorted(Diagnostic.BY_POSITION).toList(),
                checking.settings().strict(), context.flatMap(CheckContext::source),
                context.map(c -> quoteCheck(load.file(), c, settings)).orElse(QuoteCheck.none(load.file())), evaluation,
                settings, checking.settings().schemes());
    }

    private static QuoteCheck quoteCheck(String file, CheckContext context, RuleSettings settings) {
        // every passage quote-not-found looks up: statements' and arguments' quotes, and quoted qualifiers
        int quotes = context.map().statements().values().stream()
                .mapToInt(s -> s.quotes().size() + (s.qualifier().filter(Qualifier::quoted).isPresent() ? 1 : 0)).sum()
                + context.map().arguments().values().stream().mapToInt(a -> a.quotes().size()).sum();
        boolean ruleOn = Rules.byId(RuleIds.QUOTE_NOT_FOUND).flatMap(settings::severityOf).isPresent();
        if (context.source().isPresent()) {
            return ruleOn ? new QuoteCheck(file, quotes, Optional.of(context.source().get().file()), Optional.empty())
                    : new QuoteCheck(file, quotes, Optional.empty(), Optional.of(QuoteCheck.RULE_OFF));
        }
        // a source.text that cannot be read is a finding of its own, which says no quote was checked
        boolean reported = context.map().source().text().isPresent();
        return new QuoteCheck(file, quotes, Optional.empty(), reported ? Optional.empty() : Optional.of(QuoteCheck.NO_SOURCE));
    }

    /** Reads a settings file, named relative to the working folder when it lies below it. */
    private RuleConfig readConfig(Path file) {
        Path here = Path.of("").toAbsolutePath();
        Path shown = file.startsWith(here) ? here.relativize(file) : file;
        try {
            return configLoader.load(shown);
        } catch (RegularFiles.Refused e) {
            throw new PipelineException.UnusableInput("cannot read the settings file " + shown + ": it " + e.getMessage(),
                    "argmap reads a settings file only if it is a regular file in the repository; remove or replace it");
        } catch (IOException e) {
            throw new PipelineException.UnusableInput("cannot read the settings file " + shown + ": "
                    + IoProblems.describe(shown, e),
                    "check its permissions, or move it away to check with the default settings");
        }
    }

    private static void refuseBroken(List<RuleConfig> configs) {
        List<RuleConfig> broken = configs.stream().filter(RuleConfig::hasErrors).toList();
        if (broken.isEmpty()) {
            return;
        }
        long problems = broken.stream().mapToLong(c -> c.diagnostics().size()).sum();
        String what = broken.size() == 1
                ? "the settings file " + broken.get(0).file()
                : broken.size() + " settings files";
        throw new PipelineException.BrokenSettings(what + " " + (broken.size() == 1 ? "has " : "have ")
                + Plural.count(problems, "problem") + "; no map was checked",
                "fix the settings shown above", broken);
    }

    private static SourceTextLoader.SourceFile readSource(Path path) {
        try {
            return SourceTextLoader.readGiven(path);
        } catch (SourceTextLoader.Unusable e) {
            throw new PipelineException.UnusableInput("cannot read the source text " + path + ": it " + e.getMessage(),
                    "--source names the plain-text file (UTF-8, at most " + LoadLimits.MAX_SOURCE_TEXT_BYTES
                            + " bytes) the map's quotes come from; check the path");
        }
    }
}
