package org.argmap.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;

/**
 * The case every format's golden file shows: two maps, three severities, findings with and
 * without hints, and a non-ASCII file name in a message.
 */
final class SampleResults {

    static final String ESSAY = "maps/essay.yaml";
    static final String OTHER = "maps/sub/other.yaml";

    static final String ESSAY_TEXT = """
            argmap: 1
            perspectives:
              realism: {label: Realism}
            statements:
              separate-fights:
                kind: thesis
                text: They will keep fighting separately.
              distrust:
                text: Distrust runs too deep.
                supports: separate-fihgts
            """;

    static final String OTHER_TEXT = """
            argmap: 1
            source:
              text: ../../sources/café.txt
            statements:
              claim:
                kind: thesis
                text: A shared enemy is not enough.
                quote: not enough
              objection:
                text: The threat is real.
                attacks: claim
            """;

    static final List<Diagnostic> FINDINGS = List.of(
            new Diagnostic("unused-perspective", Severity.WARNING, Location.span(ESSAY, 3, 3, 7),
                    "perspective 'realism' is declared but no statement uses it",
                    Optional.of("add 'perspective: realism' to its statements, or remove it")),
            Diagnostic.error("dangling-reference", Location.span(ESSAY, 10, 15, 15),
                    "'separate-fihgts' is not a statement or argument of this map", "did you mean 'separate-fights'?"),
            Diagnostic.error("quote-not-found", Location.span(OTHER, 8, 12, 10),
                    "quote of 'claim' is not in the source text ../../sources/café.txt",
                    "quote the source word for word; only white space, quote marks and dash forms may differ"),
            new Diagnostic("unanswered-counterpoint", Severity.INFO, Location.span(OTHER, 9, 3, 9),
                    "counterpoint 'objection' to the thesis has no rebuttal", Optional.empty()));

    static final CheckResults RESULTS = new CheckResults(List.of(ESSAY, OTHER), FINDINGS);

    static final Map<String, String> CONTENTS = Map.of(ESSAY, ESSAY_TEXT, OTHER, OTHER_TEXT);

    /** A catalogue for the findings above, with one rule that is off by default. */
    static final List<RuleInfo> CATALOGUE = List.of(
            new RuleInfo("dangling-reference", Severity.ERROR, true,
                    "a relation names an id that is not in the map", "Correct the id or add the missing statement."),
            new RuleInfo("quote-not-found", Severity.ERROR, true,
                    "a quote is not in the source text", "Copy the passage from the source text again."),
            new RuleInfo("unanswered-counterpoint", Severity.INFO, false,
                    "a counterpoint to the thesis with no rebuttal", "Add the source's answer, if it has one."),
            new RuleInfo("unused-perspective", Severity.WARNING, true,
                    "a declared perspective that no statement uses", "Use the perspective or remove it."));

    private SampleResults() {
    }
}
