package org.argmap.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.argmap.diagnostic.PrintableText;
import org.argmap.evaluate.Label;
import org.argmap.model.ArgumentKind;
import org.argmap.model.Kind;
import org.argmap.model.Side;
import org.argmap.text.Plural;

/**
 * {@link MapStats} as text, one line per measure under the map's file and title, or as JSON for
 * scripts (the shape is in docs/stats.md):
 *
 * <pre>
 * {"file": …, "title": … or null,
 *  "statements": {"total": n, "thesis": n, "premise": n, "counterpoint": n, "rebuttal": n},
 *  "arguments": {"total": n, "support": n, "attack": n},
 *  "perspectives": [{"id": …, "label": …, "statements": n}, …], "outsidePerspectives": n,
 *  "sides": {"pro": n, "con": n, "unlinked": n},
 *  "labels": {"accepted": n, "rejected": n, "undecided": n} or null,
 *  "depth": n, "deepest": id or null, "unansweredCounterpoints": [id, …],
 *  "implicit": n, "unquoted": n,
 *  "quotes": {"total": n, "checkedAgainst": … or null, "found": n or null, "notFound": n or null,
 *             "notChecked": … or null}}
 * </pre>
 *
 * <p>Several maps ({@link #jsonByFile}) make one object keyed by map file, in the order given, whose
 * values are such objects, or {@code null} for a map that did not load.
 */
public final class StatsReport {

    /** How many unanswered counterpoints the text names; the JSON lists them all. */
    private static final int NAMED = 10;

    /** The measures of one map as lines of text, each {@code name: value}, ending with a line break. */
    public String text(MapStats stats) {
        StringBuilder out = new StringBuilder();
        out.append(PrintableText.line(stats.file())).append('\n');
        stats.title().ifPresent(title -> out.append(PrintableText.line(title)).append('\n'));
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("statements", stats.statements() + kindCounts(stats));
        lines.put("arguments", stats.argumentCount() + (stats.argumentCount() == 0 ? "" : ": "
                + stats.arguments().get(ArgumentKind.SUPPORT) + " support, "
                + stats.arguments().get(ArgumentKind.ATTACK) + " attack"));
        lines.put("perspectives", perspectives(stats));
        lines.put("balance", balance(stats));
        lines.put("sides", stats.sides().get(Side.PRO) + " for the thesis, " + stats.sides().get(Side.CON)
                + " against" + (stats.unlinked() == 0 ? "" : ", " + stats.unlinked() + " not linked to it"));
        lines.put("evaluation", stats.labels().map(labels -> labels.get(Label.ACCEPTED) + " accepted, "
                + labels.get(Label.REJECTED) + " rejected, " + labels.get(Label.UNDECIDED) + " undecided")
                .orElse("not evaluated: the map has errors"));
        lines.put("depth", stats.deepest().map(id -> Plural.count(stats.depth(), "step") + " from the thesis, at " + id)
                .orElse("no thesis to count from"));
        lines.put("unanswered", stats.unanswered().isEmpty() ? "no counterpoint to the thesis is left unanswered"
                : Plural.count(stats.unanswered().size(), "counterpoint") + " to the thesis: " + named(stats.unanswered()));
        lines.put("implicit", Plural.count(stats.implicit(), "statement") + " reconstructed (implicit: true)");
        lines.put("unquoted", Plural.count(stats.unquoted(), "statement") + " with no quote and not implicit");
        lines.put("quotes", quotes(stats.quotes()));
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        lines.forEach((name, value) -> out.append(PrintableText.line(
                "  " + (name + ":" + " ".repeat(width)).substring(0, width) + value)).append('\n'));
        return out.toString();
    }

    /** The ids, up to {@value #NAMED} of them and how many more: a large map's list would fill the screen. */
    private static String named(List<String> ids) {
        return ids.stream().limit(NAMED).collect(Collectors.joining(", "))
                + (ids.size() > NAMED ? " and " + (ids.size() - NAMED) + " more" : "");
    }

    private static String kindCounts(MapStats stats) {
        List<String> parts = new ArrayList<>();
        stats.kinds().forEach((kind, count) -> {
            if (count > 0) {
                parts.add(kind == Kind.THESIS ? count + (count == 1 ? " thesis" : " theses") : Plural.count(count, kind.word()));
            }
        });
        return parts.isEmpty() ? "" : ": " + String.join(", ", parts);
    }

    private static String perspectives(MapStats stats) {
        if (stats.perspectives().isEmpty()) {
            return "none declared";
        }
        String counts = stats.perspectives().stream().map(p -> p.label() + " " + p.statements())
                .collect(Collectors.joining(", "));
        return counts + (stats.outside() == 0 ? "" : "; " + stats.outside() + " outside any");
    }

    /**
     * Each perspective's share of the statements that belong to one, in the order declared: the
     * measure of balance docs/stats.md explains.
     */
    private static String balance(MapStats stats) {
        int inPerspectives = stats.perspectives().stream().mapToInt(MapStats.PerspectiveCount::statements).sum();
        if (stats.perspectives().size() < 2 || inPerspectives == 0) {
            return stats.perspectives().isEmpty() ? "no perspectives to compare"
                    : "nothing to compare: fewer than two perspectives have statements";
        }
        return stats.perspectives().stream()
                .map(p -> p.label() + " " + Math.round(100.0 * p.statements() / inPerspectives) + "%")
                .collect(Collectors.joining(" vs ")) + " of the " + Plural.count(inPerspectives, "statement")
                + " in perspectives";
    }

    private static String quotes(MapStats.Quotes quotes) {
        if (quotes.total() == 0) {
            return "none";
        }
        if (quotes.checked()) {
            return quotes.total() + " checked against " + quotes.against().orElseThrow() + ": " + quotes.found()
                    + " found, " + quotes.notFound() + " not found";
        }
        return quotes.total() + " not checked" + quotes.whyNot().map(why -> ": " + why).orElse("");
    }

    /** One map's measures as a JSON object, ending with a line break. */
    public String json(MapStats stats) {
        return Json.write(document(stats));
    }

    /**
     * One object keyed by map file, in the order of {@code files}: each file's measures, or
     * {@code null} when {@code counted} has none for it.
     *
     * @param counted the maps counted, each of them one of {@code files}
     */
    public String jsonByFile(List<String> files, List<MapStats> counted) {
        return Json.byFile(files, counted, MapStats::file, StatsReport::document);
    }

    private static ObjectNode document(MapStats stats) {
        ObjectNode doc = Json.object();
        doc.put("file", stats.file());
        doc.put("title", stats.title().orElse(null));
        ObjectNode statements = doc.putObject("statements");
        statements.put("total", stats.statements());
        stats.kinds().forEach((kind, count) -> statements.put(kind.word(), count));
        ObjectNode arguments = doc.putObject("arguments");
        arguments.put("total", stats.argumentCount());
        stats.arguments().forEach((kind, count) -> arguments.put(kind.word(), count));
        ArrayNode perspectives = doc.putArray("perspectives");
        stats.perspectives().forEach(p -> {
            ObjectNode entry = perspectives.addObject();
            entry.put("id", p.id());
            entry.put("label", p.label());
            entry.put("statements", p.statements());
        });
        doc.put("outsidePerspectives", stats.outside());
        ObjectNode sides = doc.putObject("sides");
        stats.sides().forEach((side, count) -> sides.put(side.word(), count));
        sides.put("unlinked", stats.unlinked());
        if (stats.labels().isPresent()) {
            ObjectNode labels = doc.putObject("labels");
            stats.labels().get().forEach((label, count) -> labels.put(label.word(), count));
        } else {
            doc.putNull("labels");
        }
        doc.put("depth", stats.depth());
        doc.put("deepest", stats.deepest().orElse(null));
        stats.unanswered().forEach(doc.putArray("unansweredCounterpoints")::add);
        doc.put("implicit", stats.implicit());
        doc.put("unquoted", stats.unquoted());
        MapStats.Quotes quotes = stats.quotes();
        ObjectNode q = doc.putObject("quotes");
        q.put("total", quotes.total());
        q.put("checkedAgainst", quotes.against().orElse(null));
        if (quotes.checked()) {
            q.put("found", quotes.found());
            q.put("notFound", quotes.notFound());
        } else {
            q.putNull("found");
            q.putNull("notFound");
        }
        q.put("notChecked", quotes.whyNot().orElse(null));
        return doc;
    }
}
