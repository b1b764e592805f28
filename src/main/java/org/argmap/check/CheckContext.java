package org.argmap.check;

import java.util.Objects;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;

/**
 * What every rule looks at: one loaded map and, when the map names one and it could be read, the
 * source text its quotes come from.
 *
 * <p>A class rather than a record because it also holds the map's relation graph, built once
 * here so that no rule walks the raw map's relations on its own.
 */
public final class CheckContext {

    private final ArgumentMap map;
    private final Optional<SourceText> source;
    private final RelationGraph graph;
    private final Deadline deadline;
    /** Computed on first use and kept, so the check and the commands after it evaluate once; null until then. */
    private Evaluation evaluation;

    public CheckContext(ArgumentMap map, Optional<SourceText> source) {
        this(map, source, Deadline.NONE);
    }

    /** @param deadline when checking and evaluating the map stop (see {@link Checker#check}) */
    public CheckContext(ArgumentMap map, Optional<SourceText> source, Deadline deadline) {
        this.map = Objects.requireNonNull(map, "map");
        this.source = Objects.requireNonNull(source, "source");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.graph = RelationGraph.of(map);
    }

    /** A context without source text: quote checks report nothing. */
    public static CheckContext of(ArgumentMap map) {
        return new CheckContext(map, Optional.empty());
    }

    public ArgumentMap map() {
        return map;
    }

    /** The source text; empty when the map names none or it was not read. */
    public Optional<SourceText> source() {
        return source;
    }

    /** When work on this map stops. */
    public Deadline deadline() {
        return deadline;
    }

    RelationGraph graph() {
        return graph;
    }

    /**
     * The map's evaluation, computed once: the {@code expect} rule needs it, and so do the commands
     * that show it after checking.
     *
     * @throws Deadline.Exceeded when the deadline passes during the evaluation
     */
    public Evaluation evaluation() {
        if (evaluation == null) {
            evaluation = new Evaluator().evaluate(map, deadline);
        }
        return evaluation;
    }
}
