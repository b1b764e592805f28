package org.argmap.check;

import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;

/**
 * One structural check of a loaded map, with a stable id (the one written in diagnostics and in
 * severity settings, e.g. {@code dangling-reference}).
 *
 * <p>Contract for implementations:
 * <ul>
 *   <li>{@link #check} is a pure function of its context: no I/O, no state kept between calls,
 *       and the same findings in the same order for the same map.</li>
 *   <li>Every returned diagnostic carries this rule's {@link #id()} and its
 *       {@link #defaultSeverity()}; the {@link Checker} applies the user's severity afterwards.</li>
 *   <li>Each diagnostic's location points at the offending value as written in the map (a
 *       reference, a {@code kind} value, a quote), or at the id of the statement, argument or
 *       perspective concerned when the finding is about the element as a whole. Its message
 *       names the element and makes sense alone on one line; a hint says what to do.</li>
 *   <li>A map may have other problems at the same time (dangling references, duplicate ids, no
 *       thesis, ...). A rule never fails on them and does not report what another rule reports:
 *       each problem is reported once, by the rule whose id describes it best.</li>
 *   <li>An empty list means the map passes the rule.</li>
 * </ul>
 */
public interface Rule {

    /** This rule's metadata: its id, default severity, whether it runs by default, summary and help. */
    RuleInfo info();

    /** Stable kebab-case id, as in the map format specification. */
    default String id() {
        return info().id();
    }

    /** Severity used unless the user's settings say otherwise. */
    default Severity defaultSeverity() {
        return info().defaultSeverity();
    }

    /** Whether the rule runs when the user's settings do not mention it. */
    default boolean enabledByDefault() {
        return info().enabledByDefault();
    }

    /** One line saying what the rule reports, for listings and documentation. */
    default String summary() {
        return info().summary();
    }

    /**
     * One or two sentences on how to fix a finding of this rule, for rule catalogues (the
     * finding's own hint is more specific and comes first).
     */
    default String help() {
        return info().help();
    }

    /** The rule's findings for one map; the checker sorts them by position. */
    List<Diagnostic> check(CheckContext context);

    /**
     * Whether {@link #check} reads the map's evaluation ({@link CheckContext#evaluation}) on this
     * context, which then must carry it. Most rules look at the map alone.
     */
    default boolean needsEvaluation(CheckContext context) {
        return false;
    }

    /** A finding of this rule at its default severity. */
    default Diagnostic diagnostic(Location location, String message, Optional<String> hint) {
        return new Diagnostic(id(), defaultSeverity(), location, message, hint);
    }
}
