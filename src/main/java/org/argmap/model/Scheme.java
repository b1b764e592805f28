package org.argmap.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An argumentation scheme: a named pattern of inference (argument from expert opinion, from
 * precedent, ...), the roles its premises play, what it concludes, and the critical questions that test whether an
 * inference of that pattern holds in a given case. A map names one in an argument's
 * {@code scheme:}; the catalogue of them is {@link SchemeCatalogue}.
 */
public record Scheme(
        String id, String name, List<PremiseRole> premises, String conclusion, List<CriticalQuestion> questions) {

    /**
     * Scheme, role and question ids: lower-case words of letters and digits joined by single
     * hyphens, so they read the same in a map, on a command line and in a URL fragment.
     */
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    public Scheme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        premises = List.copyOf(premises);
        Objects.requireNonNull(conclusion, "conclusion");
        questions = List.copyOf(questions);
    }

    /** Whether {@code id} has the form of a scheme, role or question id. */
    public static boolean isWellFormedId(String id) {
        return ID.matcher(id).matches();
    }

    /** The critical question with this id, if the scheme has one. */
    public Optional<CriticalQuestion> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }

    /** One premise of the scheme: its role (an id) and what a premise in that role says. */
    public record PremiseRole(String role, String says) {
        public PremiseRole {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(says, "says");
        }
    }

    /** A question that tests the inference; its id is unique within its scheme. */
    public record CriticalQuestion(String id, String asks) {
        public CriticalQuestion {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(asks, "asks");
        }
    }
}
