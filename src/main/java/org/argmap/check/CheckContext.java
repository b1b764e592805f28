package org.argmap.check;

import java.util.Objects;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Deadline;
import org.argmap.model.SchemeCatalogue;

/**
 * What every rule looks at: one loaded map and, when the map names one and it could be read, the
 * source text its quotes come from; and, when the caller has it, the map file's own text, for the
 * rules that look at characters as written rather than at values.
 *
 * <p>It also carries the map's evaluation when a rule reads it ({@link Rule#needsEvaluation}):
 * whoever checks the map evaluates it first, once, and keeps that evaluation to show it after
 * checking; {@link Checker#check} evaluates for callers that do not.
 *
 * <p>It carries the catalogue of argumentation schemes the map may name (the built-in one, which
 * only the loader can read, handed in by whoever checks: {@link #withSchemes}); without one, the
 * rules about schemes have nothing to compare with and report nothing.
 *
 * <p>Immutable. A class rather than a record because it also holds the check's view of the
 * map's relations ({@link RelationGraph}, over the index the map itself owns), made once here.
 */
public final class CheckContext {

    private final ArgumentMap map;
    private final Optional<SourceText> source;
    private final Optional<String> mapText;
    private final RelationGraph graph;
    private final Deadline deadline;
    private final Optional<Evaluation> evaluation;
    private final SchemeCatalogue schemes;

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
        this(map, source, mapText, deadline, RelationGraph.of(map), Optional.empty(), SchemeCatalogue.EMPTY);
    }

    private CheckContext(ArgumentMap map, Optional<SourceText> source, Optional<String> mapText, Deadline deadline,
                         RelationGraph graph, Optional<Evaluation> evaluation, SchemeCatalogue schemes) {
        this.map = Objects.requireNonNull(map, "map");
        this.source = Objects.requireNonNull(source, "source");
        this.mapText = Objects.requireNonNull(mapText, "mapText");
        this.deadline = Objects.requireNonNull(deadline, "deadline");
        this.graph = Objects.requireNonNull(graph, "graph");
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.schemes = Objects.requireNonNull(schemes, "schemes");
    }

    /** This context with the map's evaluation, for the rules that read it; the relation graph is shared. */
    public CheckContext withEvaluation(Evaluation evaluation) {
        return new CheckContext(map, source, mapText, deadline, graph, Optional.of(evaluation), schemes);
    }

    /** This context with {@code catalogue} as the schemes the map may name; the relation graph is shared. */
    public CheckContext withSchemes(SchemeCatalogue catalogue) {
        return new CheckContext(map, source, mapText, deadline, graph, evaluation, catalogue);
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

    /** The map's evaluation, when the caller gave it ({@link #withEvaluation}); empty otherwise. */
    public Optional<Evaluation> evaluation() {
        return evaluation;
    }

    /** The schemes the map may name; {@link SchemeCatalogue#EMPTY} unless the caller gave them. */
    public SchemeCatalogue schemes() {
        return schemes;
    }
}
