package org.argmap.preview;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.PrintableText;
import org.argmap.evaluate.Evaluation;
import org.argmap.model.ArgumentMap;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.MapEvaluator;
import org.argmap.pipeline.MapSession;
import org.argmap.report.CheckResults;
import org.argmap.report.TextReporter;

/**
 * What the page shows beside the diagram, as the JSON it fetches: the findings (each with its line
 * and column and the source line it points at), the tally {@code check} prints, why nothing could
 * be drawn, the evaluation table when the map is drawn with its evaluation, and what the controls
 * can choose from. Every text the map supplies passes through {@link PrintableText#line}; the page
 * puts it in as text, never as markup.
 */
final class PreviewState {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PreviewState() {
    }

    static String json(MapSession.Update update, PreviewView view) {
        ObjectNode state = JSON.createObjectNode();
        state.put("generation", update.generation());
        state.put("map", PrintableText.line(update.map().toString()));
        state.put("fresh", update.drawn());
        update.lastGood().ifPresentOrElse(d -> state.put("diagram", d.generation()), () -> state.putNull("diagram"));
        update.failure().ifPresentOrElse(failure -> {
            ObjectNode node = state.putObject("failure");
            node.put("message", PrintableText.line(failure.message()));
            failure.hint().ifPresent(h -> node.put("hint", PrintableText.line(h)));
        }, () -> state.putNull("failure"));
        state.set("view", JSON.valueToTree(view.fields()));
        update.checked().ifPresentOrElse(checked -> describe(state, checked), () -> {
            state.putArray("findings");
            state.put("tally", "");
        });
        try {
            return JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void describe(ObjectNode state, CheckedMap checked) {
        List<Diagnostic> findings = new MapEvaluator().outcome(checked).findings();
        List<String> lines = checked.load().content().lines().toList();
        ArrayNode list = state.putArray("findings");
        for (Diagnostic finding : findings) {
            ObjectNode node = list.addObject();
            node.put("severity", finding.severity().name().toLowerCase(java.util.Locale.ROOT));
            node.put("rule", finding.rule());
            node.put("message", PrintableText.line(finding.message()));
            finding.hint().ifPresent(h -> node.put("hint", PrintableText.line(h)));
            node.put("line", finding.location().line());
            node.put("column", finding.location().column());
            int line = finding.location().line();
            if (finding.location().file().equals(checked.load().file()) && line >= 1 && line <= lines.size()) {
                node.put("source", PrintableText.line(lines.get(line - 1)));
            }
        }
        boolean warningsFail = checked.strict() && checked.hasWarnings();
        state.put("tally", TextReporter.tally(new CheckResults(List.of(checked.load().file()), findings, warningsFail)));
        checked.map().ifPresent(map -> {
            state.put("title", PrintableText.line(map.title().map(t -> t.value()).orElse(checked.path().getFileName().toString())));
            choices(state.putObject("choices"), map);
        });
        checked.evaluation().ifPresentOrElse(e -> table(state.putArray("evaluation"), checked.map().orElseThrow(), e),
                () -> state.putNull("evaluation"));
    }

    /** The ids and perspectives the view controls offer. */
    private static void choices(ObjectNode choices, ArgumentMap map) {
        ArrayNode perspectives = choices.putArray("perspectives");
        map.perspectives().values().forEach(p -> perspectives.addObject()
                .put("id", PrintableText.line(p.id())).put("label", PrintableText.line(p.displayName())));
        ArrayNode ids = choices.putArray("ids");
        map.statements().keySet().forEach(id -> ids.add(PrintableText.line(id)));
        map.arguments().keySet().forEach(id -> ids.add(PrintableText.line(id)));
    }

    /** One row per statement and argument: its label and strength, as {@code evaluate} reports them. */
    private static void table(ArrayNode rows, ArgumentMap map, Evaluation evaluation) {
        map.statements().forEach((id, statement) -> row(rows, id, statement.annotatedLabel(), evaluation));
        map.arguments().forEach((id, argument) -> row(rows, id,
                "argument" + argument.scheme().map(s -> " (" + s.value() + ")").orElse(""), evaluation));
    }

    private static void row(ArrayNode rows, String id, String what, Evaluation evaluation) {
        ObjectNode row = rows.addObject();
        row.put("id", PrintableText.line(id));
        row.put("what", PrintableText.line(what));
        row.put("label", evaluation.label(id).map(l -> l.word()).orElse(""));
        Optional<Double> strength = evaluation.strength(id);
        if (strength.isPresent() && Double.isFinite(strength.get())) {
            row.put("strength", strength.get());
        } else {
            row.putNull("strength");
        }
    }
}
