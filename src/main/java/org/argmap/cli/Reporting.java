package org.argmap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.load.RuleConfig;
import org.argmap.pipeline.CheckedMap;
import org.argmap.report.CheckResults;
import org.argmap.report.GithubReporter;
import org.argmap.report.JsonReporter;
import org.argmap.report.QuoteCheck;
import org.argmap.report.Reporter;
import org.argmap.report.SarifReporter;
import org.argmap.report.TextReporter;

/** Prints the findings of checked maps in the format the user chose. */
final class Reporting {

    /** The version SARIF logs name when argmap does not run from its released jar. */
    static final String DEVELOPMENT_VERSION = "development";

    private Reporting() {
    }

    /** Prints the findings as text, with the one-line tally. */
    static void print(PrintWriter out, List<CheckedMap> results) {
        print(out, results, ReportFormat.TEXT);
    }

    static void print(PrintWriter out, List<CheckedMap> results, ReportFormat format) {
        print(out, results, format, false);
    }

    /**
     * Prints the findings; with {@code tellQuotes}, the text format says before its tally whether
     * the quotes were checked and against what ({@link QuoteCheck#lines}), and JSON lists it.
     */
    static void print(PrintWriter out, List<CheckedMap> results, ReportFormat format, boolean tellQuotes) {
        Map<String, String> contents = new HashMap<>();
        List<String> maps = new ArrayList<>();
        List<Diagnostic> all = new ArrayList<>();
        for (CheckedMap result : results) {
            contents.put(result.load().file(), result.load().content());
            maps.add(result.load().file());
            all.addAll(result.diagnostics());
        }
        boolean warningsFail = results.stream().anyMatch(r -> r.strict() && r.hasWarnings());
        CheckResults checked = new CheckResults(maps, all, warningsFail,
                tellQuotes ? results.stream().map(CheckedMap::quotes).toList() : List.of());
        if (format == ReportFormat.TEXT && !checked.quotes().isEmpty()) {
            // the quote lines go before the tally, which stays the last line
            out.print(new TextReporter(contents).format(all));
            QuoteCheck.lines(checked.quotes()).forEach(out::println);
            out.println(TextReporter.tally(checked));
        } else {
            out.print(reporter(format, contents).report(checked));
        }
        out.flush();
    }

    private static Reporter reporter(ReportFormat format, Map<String, String> contents) {
        return switch (format) {
            case TEXT -> new TextReporter(contents);
            case JSON -> new JsonReporter();
            case SARIF -> new SarifReporter(toolVersion(), RuleCatalogue.all());
            case GITHUB -> new GithubReporter();
        };
    }

    /** The version Maven wrote into the jar's manifest, or "development" when run from classes. */
    static String toolVersion() {
        String version = Reporting.class.getPackage().getImplementationVersion();
        return version == null ? DEVELOPMENT_VERSION : version;
    }

    /** The findings in settings files, formatted like a map's. */
    static String format(List<RuleConfig> configs) {
        Map<String, String> contents = new HashMap<>();
        List<Diagnostic> all = new ArrayList<>();
        for (RuleConfig config : configs) {
            contents.put(config.file(), config.content());
            all.addAll(config.diagnostics());
        }
        return new TextReporter(contents).format(all);
    }
}
