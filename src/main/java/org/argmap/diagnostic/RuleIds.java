package org.argmap.diagnostic;

/**
 * Every rule id a finding may carry, once. Several stages report or read the same id (the loader
 * reports duplicate keys as {@link #DUPLICATE_ID} and an unusable source text as
 * {@link #QUOTE_NOT_FOUND}, both ids of check rules; the pipeline decides with
 * {@link #EXPECTATION_FAILED} which errors stop evaluation), so each id is written here and
 * nowhere else. An id is part of the format: users write it in {@code --rule} and
 * {@code argmap.yaml}, CI reads it in SARIF, and {@code docs/rules.md} has a section for it.
 */
public final class RuleIds {

    // reported by the loader
    public static final String YAML_SYNTAX = "yaml-syntax";
    public static final String SCHEMA = "schema";

    // check rules (the loader reports duplicate keys and an unusable source text under two of them)
    public static final String DANGLING_REFERENCE = "dangling-reference";
    public static final String DISCONNECTED = "disconnected";
    public static final String DUPLICATE_ID = "duplicate-id";
    public static final String EXPECTATION_FAILED = "expectation-failed";
    public static final String IMPLICIT_QUOTE = "implicit-quote";
    public static final String INVISIBLE_CHARACTER = "invisible-character";
    public static final String KIND_MISMATCH = "kind-mismatch";
    public static final String OPEN_QUESTIONS = "open-questions";
    public static final String QUOTE_NOT_FOUND = "quote-not-found";
    public static final String SELF_REFERENCE = "self-reference";
    public static final String SUPPORT_CYCLE = "support-cycle";
    public static final String THESIS_COUNT = "thesis-count";
    public static final String THESIS_RELATION = "thesis-relation";
    public static final String UNANSWERED_COUNTERPOINT = "unanswered-counterpoint";
    public static final String UNDECLARED_PERSPECTIVE = "undeclared-perspective";
    public static final String UNKNOWN_QUESTION = "unknown-question";
    public static final String UNKNOWN_SCHEME = "unknown-scheme";
    public static final String UNQUOTED_STATEMENT = "unquoted-statement";
    public static final String UNRELATED_STATEMENT = "unrelated-statement";
    public static final String UNUSED_PERSPECTIVE = "unused-perspective";

    // reported after evaluation (see EvaluationRules)
    public static final String NOT_CONVERGED = "not-converged";

    /** A map that ran out of its time budget: not a rule, since no setting can turn it off. */
    public static final String TIME_BUDGET = "time-budget";

    private RuleIds() {
    }
}
