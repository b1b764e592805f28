package org.argmap.render;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Kind;
import org.argmap.model.Statement;

/**
 * The attacks of a rebuttal on a counterpoint that the layout keeps short, so an answer is drawn
 * beside the objection it answers: Graphviz's edge {@code weight}, which makes dot keep an edge
 * short and straight. The rebuttal stays one rank further out than its counterpoint, as in the
 * rest of the map.
 *
 * <p>Only pairs in the same perspective band (or both outside any band) are weighted. Across bands
 * the bands decide where statements go: a {@code rank=same} that spans two clusters pulls its
 * nodes out of their clusters in dot, and a weight across them drags other statements of both
 * bands along. {@code rank=same} is not used inside a band either: it puts the rebuttal in the
 * counterpoint's rank, where dot draws the attack as a looping flat edge and often sets another
 * statement between the two.
 */
final class RebuttalPairs {

    /** Strong enough to straighten the edge, weak enough not to override the support edges. */
    static final int WEIGHT = 4;

    private RebuttalPairs() {
    }

    /**
     * The relations to weight: attacks from a rebuttal to a counterpoint whose two statements
     * {@code band} places in the same perspective or both outside any.
     */
    static Set<Relation> of(ArgumentMap map, List<Relation> relations, Function<Statement, Optional<String>> band) {
        return relations.stream()
                .filter(relation -> relation.style() == EdgeStyle.ATTACKS)
                .filter(relation -> {
                    Statement from = map.statements().get(relation.from());
                    Statement to = map.statements().get(relation.to());
                    return from != null && to != null
                            && from.kind() == Kind.REBUTTAL && to.kind() == Kind.COUNTERPOINT
                            && band.apply(from).equals(band.apply(to));
                })
                .collect(Collectors.toUnmodifiableSet());
    }
}
