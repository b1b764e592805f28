package org.argmap.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.model.Location;

/**
 * The findings as one JSON document, for scripts and editors:
 *
 * <pre>
 * {"version": 1,
 *  "findings": [{"file", "line", "column", "endLine", "endColumn", "severity", "rule", "message", "hint",
 *                "related": [{"file", "line", "column", "endLine", "endColumn", "message"}, ...]}, ...],
 *  "summary": {"mapsChecked", "errors", "warnings", "infos"},
 *  "quotes": [{"file", "quotes", "checkedAgainst", "notChecked"}, ...]}
 * </pre>
 *
 * <p>{@code quotes} has one entry per map that has quotes: {@code checkedAgainst} names the source
 * text they were checked against, or is {@code null} and {@code notChecked} says why not (both
 * are {@code null} when a finding already says that the map's source text cannot be read).
 *
 * <p>Fields always come in this order and are always present: {@code hint} is {@code null} when
 * the finding has none, and {@code related} is an empty list when the finding has no related
 * locations (the other place of a duplicate id, each step of a support cycle, each with a
 * {@code message} saying what it is). Lines and columns count from 1, columns in characters (Unicode code
 * points); {@code endColumn} is the column just past the last character of the span. {@code severity} is {@code error}, {@code warning} or
 * {@code info}. {@code version} changes only if a field is removed or changes meaning.
 */
public final class JsonReporter implements Reporter {

    /** The version of this document's layout. */
    public static final int FORMAT_VERSION = 1;

    @Override
    public String report(CheckResults results) {
        ObjectNode document = Json.object();
        document.put("version", FORMAT_VERSION);
        ArrayNode findings = document.putArray("findings");
        for (Diagnostic d : results.findings()) {
            findings.add(finding(d));
        }
        Tally tally = Tally.of(results.findings());
        ObjectNode summary = document.putObject("summary");
        summary.put("mapsChecked", results.maps().size());
        summary.put("errors", tally.errors());
        summary.put("warnings", tally.warnings());
        summary.put("infos", tally.infos());
        ArrayNode quotes = document.putArray("quotes");
        for (QuoteCheck check : results.quotes()) {
            ObjectNode entry = quotes.addObject();
            entry.put("file", check.file());
            entry.put("quotes", check.quotes());
            entry.put("checkedAgainst", check.against().orElse(null));
            entry.put("notChecked", check.whyNot().orElse(null));
        }
        return Json.write(document);
    }

    private static ObjectNode finding(Diagnostic d) {
        ObjectNode finding = Json.object();
        place(finding, d.location());
        finding.put("severity", d.severity().word());
        finding.put("rule", d.rule());
        finding.put("message", d.message());
        finding.put("hint", d.hint().orElse(null));
        ArrayNode related = finding.putArray("related");
        for (Diagnostic.Related place : d.related()) {
            ObjectNode entry = related.addObject();
            place(entry, place.location());
            entry.put("message", place.label());
        }
        return finding;
    }

    private static void place(ObjectNode node, Location at) {
        node.put("file", at.file());
        node.put("line", at.line());
        node.put("column", at.column());
        node.put("endLine", at.endLine());
        node.put("endColumn", at.endColumn());
    }
}
