package org.argmap.check;

import java.util.Objects;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;

/**
 * What every rule looks at: one loaded map and, when the map names one and it could be read, the
 * source text its quotes come from; and, when the caller has it, the map file's own text, for the
 * rules that look at characters as written rather than at values.
 *
 * <p>A class rather than a record because it also holds the map's relation graph, built once
 * here so that no rule walks the raw map's relations on its own.
 */
public final class CheckContext {

    private final ArgumentMap map;
    private final Optional<SourceText> source;
    private final Optional<String> mapText;
    private final RelationGraph graph;
    private final Deadline deadline;
    /** Computed on first use and kept, so the check and the commands after it evaluate once; null until then. */
    private Evaluation evaluation;

    public CheckContext(ArgumentMap map, Optional<SourceText> source) {
        this(map, source, Optional.empty(), Deadline.NONE);
    }

    /** @param mapText the text of the map's file, as loaded */
    public CheckContext(ArgumentMap map, Optional<SourceText> source, Optional<String> mapText) {
        this(map, source, mapText, Deadline.NONE);
    }

    /**
     * @param mapText  the text of the map's file, as loaded
     * @param deadline when checking and evaluating the map stop (see {@link Checker#check})
     */
    public CheckContext(ArgumentMap map, Optional<SourceText> source, Optional<String> mapText, Deadline deadline) {
        this.map = Objects.requireNonNull(map, "map");
        this.source = Objects.requireNonNull(source, "source");
        this.mapText = Objects.requireNonNull(mapText, "mapText");
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

    /** The map file's text as loaded; empty when the context was built from a map alone. */
    public Optional<String> mapText() {
        return mapText;
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
