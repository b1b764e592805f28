package org.argmap.diagnostic;

import java.util.Objects;

/**
 * What a rule id stands for, as listed in machine-readable reports (a SARIF rule catalogue, say):
 * data only, for every id a finding may carry, whichever stage reports it.
 *
 * @param id               the stable kebab-case id written in findings, e.g. {@code dangling-reference}
 * @param defaultSeverity  the severity findings get unless the user's settings say otherwise
 * @param enabledByDefault whether the rule runs when the user's settings do not mention it
 * @param summary          one line saying what the rule reports
 * @param help             one or two sentences on how to fix a finding of the rule
 */
public record RuleInfo(String id, Severity defaultSeverity, boolean enabledByDefault, String summary, String help) {

    public RuleInfo {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(help, "help");
        if (id.isBlank() || summary.isBlank() || help.isBlank()) {
            throw new IllegalArgumentException("rule " + id + ": id, summary and help must not be blank");
        }
        if (summary.contains("\n")) {
            throw new IllegalArgumentException("rule " + id + ": the summary is one line");
        }
    }
}
