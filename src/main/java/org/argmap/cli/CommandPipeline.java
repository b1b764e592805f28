package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.PrintableText;
import org.argmap.pipeline.CheckRequest;
import org.argmap.pipeline.Drawings;
import org.argmap.pipeline.MapChecker;
import org.argmap.pipeline.MapFiles;
import org.argmap.pipeline.MapSession;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineSelector;

/**
 * The pipeline as the commands drive it: the options of {@link CheckOptions} made into a
 * {@link CheckRequest}, and what a folder scan could not read or left out told on the error stream.
 */
final class CommandPipeline {

    private CommandPipeline() {
    }

    /**
     * A checker for the command line's rules, strictness, source text and time budget.
     *
     * @throws CommandFailure when an option is malformed
     */
    static MapChecker checker(CheckOptions options) {
        return checker(options, TimeBudget.of(options));
    }

    static MapChecker checker(CheckOptions options, TimeBudget budget) {
        return new MapChecker(new CheckRequest(options.ruleSettings(), Optional.ofNullable(options.strict),
                Optional.ofNullable(options.source), budget::start));
    }

    /**
     * A warm session for the commands that check and draw the same maps again and again
     * ({@code watch}, {@code preview}): the command line's checking, its time budget for each
     * check and each drawing, and the engines {@code engines} gives.
     */
    static MapSession session(CheckOptions options, EngineSelector engines, EngineChoice choice) {
        TimeBudget budget = TimeBudget.of(options);
        return new MapSession(checker(options, budget), new Drawings(engines, choice, budget::start, budget.budget()));
    }

    /** The maps the paths name; prints on {@code err} what the scan could not read or left out. */
    static MapFiles.Found expand(List<Path> paths, PrintWriter err) {
        MapFiles.Found found = MapFiles.expand(paths);
        report(found, err);
        return found;
    }

    /** Tells on the error stream what could not be read and which YAML files were not taken as maps. */
    static void report(MapFiles.Found found, PrintWriter err) {
        found.unreadable().forEach(line -> err.println("argmap: " + PrintableText.line(line)));
        found.notFollowed().forEach(line -> err.println("note: skipped " + PrintableText.line(line)));
        found.skippedNote().ifPresent(note -> err.println("note: " + PrintableText.line(note)));
        err.flush();
    }

    /** A command's exit status, made {@link ExitStatus#CANNOT_RUN} when part of what was named could not be read. */
    static int exitStatus(MapFiles.Found found, int status) {
        return found.complete() ? status : Math.max(status, ExitStatus.CANNOT_RUN);
    }
}
