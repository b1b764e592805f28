package org.argmap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A named inference: premises that only together support or attack the conclusion (a statement
 * or another argument).
 *
 * @param quotes the passages of the source that make the inference ("Yet that would be
 *               insufficient ..."), checked against the source text like a statement's quotes
 * @param questions the ids written in {@code question:}, when the conclusion is an argument: the
 *                  critical questions of its scheme that this argument raises (an attack) or
 *                  settles (a support)
 */
public record Argument(
        String id,
        Location location,
        ArgumentKind kind,
        Location kindLocation,
        List<Ref> premises,
        Ref conclusion,
        Optional<Text> scheme,
        Optional<Text> note,
        List<Text> quotes,
        List<Text> questions) implements Node {

    public Argument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(kindLocation, "kindLocation");
        premises = List.copyOf(premises);
        Objects.requireNonNull(conclusion, "conclusion");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(note, "note");
        quotes = List.copyOf(quotes);
        questions = List.copyOf(questions);
    }

    /** This argument with {@code changed} as its premises. */
    public Argument withPremises(List<Ref> changed) {
        return new Argument(id, location, kind, kindLocation, changed, conclusion, scheme, note, quotes, questions);
    }
}
