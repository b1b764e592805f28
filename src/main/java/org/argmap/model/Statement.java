package org.argmap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One claim of the map.
 *
 * @param id           the statement's id; {@code location} is where the id key was written
 * @param declaredKind the {@code kind} field as written, if any
 * @param kind         the effective kind: the declared one, else the inferred one. A statement
 *                     that is not the thesis and has no relation cannot be inferred; it gets
 *                     {@link Kind#PREMISE} here only so the model stays total, and the check
 *                     rule {@code unrelated-statement} reports it.
 * @param weight       base score for evaluation, in [0, 1]; 0.5 when not written
 * @param implicitAt   where {@code implicit: true} was written, when it was: the statement is the
 *                     analyst's reconstruction of a premise or warrant the author left unstated
 * @param qualifier    the author's hedge or modality ("almost certainly", "for now"), if written
 * @param questions    the ids written in {@code question:}: the critical questions of the schemes
 *                     of the arguments this statement attacks (it raises them) or supports (it
 *                     settles them)
 */
public record Statement(
        String id,
        Location location,
        Text text,
        Optional<Text> declaredKind,
        Kind kind,
        List<Ref> supports,
        List<Ref> attacks,
        Optional<Ref> perspective,
        List<Text> quotes,
        Optional<Text> title,
        List<Text> tags,
        double weight,
        Optional<Location> weightLocation,
        Optional<Text> note,
        Optional<Location> implicitAt,
        Optional<Qualifier> qualifier,
        List<Text> questions) implements Node {

    public static final double DEFAULT_WEIGHT = 0.5;

    public Statement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(declaredKind, "declaredKind");
        Objects.requireNonNull(kind, "kind");
        supports = List.copyOf(supports);
        attacks = List.copyOf(attacks);
        Objects.requireNonNull(perspective, "perspective");
        quotes = List.copyOf(quotes);
        Objects.requireNonNull(title, "title");
        tags = List.copyOf(tags);
        Objects.requireNonNull(weightLocation, "weightLocation");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(implicitAt, "implicitAt");
        Objects.requireNonNull(qualifier, "qualifier");
        questions = List.copyOf(questions);
    }

    /** This statement with another effective kind. */
    public Statement withKind(Kind changed) {
        return new Statement(id, location, text, declaredKind, changed, supports, attacks, perspective, quotes, title,
                tags, weight, weightLocation, note, implicitAt, qualifier, questions);
    }

    /** This statement supporting {@code changed} instead. */
    public Statement withSupports(List<Ref> changed) {
        return new Statement(id, location, text, declaredKind, kind, changed, attacks, perspective, quotes, title,
                tags, weight, weightLocation, note, implicitAt, qualifier, questions);
    }

    /** This statement attacking {@code changed} instead. */
    public Statement withAttacks(List<Ref> changed) {
        return new Statement(id, location, text, declaredKind, kind, supports, changed, perspective, quotes, title,
                tags, weight, weightLocation, note, implicitAt, qualifier, questions);
    }

    /** The declared kind as an enum value, when it was written and is a known kind. */
    public Optional<Kind> declaredKindValue() {
        return declaredKind.flatMap(t -> Kind.fromWord(t.value()));
    }

    /** Whether the statement is the analyst's reconstruction rather than something the author wrote. */
    public boolean implicit() {
        return implicitAt.isPresent();
    }

    /** Short label for diagrams: the title when given, else the text. */
    public String label() {
        return title.map(Text::value).orElse(text.value());
    }

    /** What tables show in front of a reconstructed statement's label. */
    public static final String RECONSTRUCTED_MARK = "[reconstructed]";

    /**
     * The label as one-line tables show it: marked when the statement is implicit and preceded by
     * its qualifier, so a table never drops the hedge or passes a reconstruction off as the
     * author's; just {@link #label()} for a statement with neither.
     */
    public String annotatedLabel() {
        StringBuilder out = new StringBuilder();
        if (implicit()) {
            out.append(RECONSTRUCTED_MARK).append(' ');
        }
        qualifier.ifPresent(q -> out.append(q.shown()).append(' '));
        return out.append(label()).toString();
    }
}
