package org.argmap.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An argument whose {@code scheme:} is a scheme of the catalogue, with each of that scheme's
 * critical questions and what the map does with it: the statements and arguments that raise it
 * (they attack the argument and name the question in {@code question:}) and those that settle it
 * (they support the argument and name it). A question nobody raised or settled is open. Worked out
 * from the relation index, so every stage that shows questions (the check, {@code argmap
 * questions}, the HTML page, the diagram's hover text) sees the same answer.
 */
public record ArgumentQuestions(Argument argument, Scheme scheme, List<Status> questions) {

    public ArgumentQuestions {
        Objects.requireNonNull(argument, "argument");
        Objects.requireNonNull(scheme, "scheme");
        questions = List.copyOf(questions);
    }

    /** One critical question of the argument's scheme, with the ids that raise and settle it, in map order. */
    public record Status(Scheme.CriticalQuestion question, List<String> raisedBy, List<String> settledBy) {

        public Status {
            Objects.requireNonNull(question, "question");
            raisedBy = List.copyOf(raisedBy);
            settledBy = List.copyOf(settledBy);
        }

        /** Whether nothing in the map raises or settles the question. */
        public boolean open() {
            return raisedBy.isEmpty() && settledBy.isEmpty();
        }

        /** "raised by a, b; settled by c", or "open". */
        public String describe() {
            List<String> parts = new ArrayList<>();
            if (!raisedBy.isEmpty()) {
                parts.add("raised by " + String.join(", ", raisedBy));
            }
            if (!settledBy.isEmpty()) {
                parts.add("settled by " + String.join(", ", settledBy));
            }
            return parts.isEmpty() ? "open" : String.join("; ", parts);
        }
    }

    /** The questions nobody raised or settled, in the scheme's order. */
    public List<Status> open() {
        return questions.stream().filter(Status::open).toList();
    }

    /** Every argument of the map whose scheme is in {@code catalogue}, in map order. */
    public static List<ArgumentQuestions> of(ArgumentMap map, SchemeCatalogue catalogue) {
        List<ArgumentQuestions> out = new ArrayList<>();
        for (Argument argument : map.arguments().values()) {
            of(argument, map, catalogue).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** The argument's questions, when its scheme is in {@code catalogue}. */
    public static Optional<ArgumentQuestions> of(Argument argument, ArgumentMap map, SchemeCatalogue catalogue) {
        return schemeOf(argument, catalogue).map(scheme -> new ArgumentQuestions(argument, scheme,
                scheme.questions().stream().map(question -> status(argument, question, map)).toList()));
    }

    /** The catalogue's scheme that the argument names, if it names one. */
    public static Optional<Scheme> schemeOf(Argument argument, SchemeCatalogue catalogue) {
        return argument.scheme().flatMap(text -> catalogue.find(text.value()));
    }

    /**
     * The arguments {@code node} attacks or supports through relations that hold: a statement's
     * {@code attacks} and {@code supports}, an argument's {@code conclusion}.
     */
    public static List<Argument> targets(Node node, ArgumentMap map) {
        return map.relations().writtenBy(node.id()).stream()
                .filter(relation -> relation.field() != Relation.Field.PREMISES && map.relations().holds(relation))
                .map(relation -> map.arguments().get(relation.to()))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    private static Status status(Argument argument, Scheme.CriticalQuestion question, ArgumentMap map) {
        List<String> raised = new ArrayList<>();
        List<String> settled = new ArrayList<>();
        for (Relation relation : map.relations().incoming(argument.id())) {
            if (relation.field() == Relation.Field.PREMISES) {
                continue;
            }
            Optional<Node> from = map.node(relation.from());
            boolean names = from.isPresent()
                    && from.get().questions().stream().anyMatch(id -> id.value().equals(question.id()));
            List<String> into = relation.type() == Relation.Type.ATTACKS ? raised : settled;
            if (names && !into.contains(relation.from())) {
                into.add(relation.from());
            }
        }
        return new Status(question, raised, settled);
    }
}
