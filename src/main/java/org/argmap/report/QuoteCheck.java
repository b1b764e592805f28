package org.argmap.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.argmap.diagnostic.PrintableText;
import org.argmap.diagnostic.RuleIds;

/**
 * Whether one map's quotes were checked, and against which source text or why not, so that
 * {@code check} never lets a clean tally pass for quotes nobody looked at.
 *
 * @param file    the map file, as named in locations
 * @param quotes  how many quotes the map has
 * @param against the source text they were checked against, as shown in findings
 * @param whyNot  why they were not checked; empty as well when a finding already says so (a
 *                {@code source.text} that cannot be read)
 */
public record QuoteCheck(String file, int quotes, Optional<String> against, Optional<String> whyNot) {

    public static final String NO_SOURCE = "no source text (pass --source FILE or set source.text)";
    public static final String RULE_OFF = "the rule " + RuleIds.QUOTE_NOT_FOUND + " is off";

    private static final int NAMED = 3;

    public QuoteCheck {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(against, "against");
        Objects.requireNonNull(whyNot, "whyNot");
    }

    /** A map without quotes, or one that did not load. */
    public static QuoteCheck none(String file) {
        return new QuoteCheck(file, 0, Optional.empty(), Optional.empty());
    }

    /**
     * One line per source text the quotes were checked against and per reason they were not, in
     * the order the maps came, such as {@code quotes: 12 in maps/a.yaml checked against essay.txt};
     * nothing for maps without quotes. Several maps with the same outcome share a line, and one
     * that says why quotes were not checked names up to three of them.
     */
    public static List<String> lines(List<QuoteCheck> checks) {
        Map<String, List<String>> mapsBy = new LinkedHashMap<>();
        Map<String, Integer> quotesBy = new LinkedHashMap<>();
        for (QuoteCheck check : checks) {
            Optional<String> outcome = check.quotes() == 0 ? Optional.empty()
                    : check.against().map(source -> "checked against " + source)
                            .or(() -> check.whyNot().map(why -> "not checked: " + why));
            outcome.ifPresent(key -> {
                mapsBy.computeIfAbsent(key, k -> new ArrayList<>()).add(check.file());
                quotesBy.merge(key, check.quotes(), Integer::sum);
            });
        }
        List<String> lines = new ArrayList<>();
        mapsBy.forEach((outcome, files) -> {
            String where = files.size() == 1 ? files.get(0) : files.size() + " maps";
            String line = "quotes: " + quotesBy.get(outcome) + " in " + where + " " + outcome;
            if (files.size() > 1 && outcome.startsWith("not ")) {
                line += ": " + files.stream().limit(NAMED).collect(Collectors.joining(", "))
                        + (files.size() > NAMED ? " and " + (files.size() - NAMED) + " more" : "");
            }
            lines.add(PrintableText.line(line));
        });
        return lines;
    }
}
