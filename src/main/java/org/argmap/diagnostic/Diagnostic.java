package org.argmap.diagnostic;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.model.Location;

/**
 * One finding about a map: data only, printed elsewhere.
 *
 * <p>Contract: {@code message} makes sense alone on one line and names the element concerned;
 * {@code location} points at the offending value (not the enclosing mapping); {@code hint}, when
 * present, says what to do (e.g. "did you mean 'distrust'?") and is printed under the caret;
 * {@code related} are other places that explain the finding, each with a label saying what it is
 * ("the statement with this id"), in the order they are printed.
 *
 * @param rule a stable rule id such as {@code dangling-reference}
 */
public record Diagnostic(String rule, Severity severity, Location location, String message, Optional<String> hint,
                         List<Related> related) {

    /**
     * A secondary place of a finding: the first definition of a duplicate, a step of a cycle.
     *
     * @param label what the place is, on one line, e.g. "the statement with this id"
     */
    public record Related(Location location, String label) {
        public Related {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(label, "label");
        }
    }

    /** File, then position, then rule: the order findings are printed in. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparing((Diagnostic d) -> d.location().file())
            .thenComparingInt(d -> d.location().line())
            .thenComparingInt(d -> d.location().column())
            .thenComparing(Diagnostic::rule)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
        related = List.copyOf(related);
    }

    /** A finding with no related locations. */
    public Diagnostic(String rule, Severity severity, Location location, String message, Optional<String> hint) {
        this(rule, severity, location, message, hint, List.of());
    }

    public static Diagnostic error(String rule, Location location, String message) {
        return new Diagnostic(rule, Severity.ERROR, location, message, Optional.empty());
    }

    public static Diagnostic error(String rule, Location location, String message, String hint) {
        return new Diagnostic(rule, Severity.ERROR, location, message, Optional.ofNullable(hint));
    }

    public Diagnostic withSeverity(Severity newSeverity) {
        return new Diagnostic(rule, newSeverity, location, message, hint, related);
    }

    /** This finding with these related locations instead of its own. */
    public Diagnostic withRelated(List<Related> newRelated) {
        return new Diagnostic(rule, severity, location, message, hint, newRelated);
    }
}
