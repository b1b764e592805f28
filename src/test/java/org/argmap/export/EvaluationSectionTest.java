package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argmap.evaluate.Evaluation;
import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class EvaluationSectionTest {

    private static final String SVG = ExportSamples.svg("Separate fights");

    /** Two statements of full weight attacking each other: their strengths swing between 0 and 1. */
    private static final String SWINGING = """
            argmap: 1
            statements:
              t: {kind: thesis, text: The thesis holds.}
              x: {kind: counterpoint, text: An objection., attacks: [t, y], weight: 1}
              y: {kind: rebuttal, text: A reply., attacks: x, weight: 1}
            """;

    private static ExportedMap evaluated(ArgumentMap map) {
        return new ExportedMap(map, SVG, List.of(), Optional.of(new Evaluator().evaluate(map)));
    }

    private static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        return document;
    }

    @Test
    void pageWithAnEvaluationHasItsSectionBeforeTheFindings() {
        Document page = parse(new HtmlExporter().export(evaluated(ExportSamples.map(HtmlExporterTest.MAP))));
        assertEquals(List.of("diagram", "statements", "arguments", "evaluation", "findings"),
                page.select("main > section").stream().map(Element::id).toList());
        assertEquals(List.of("#diagram", "#statements", "#arguments", "#evaluation", "#findings"),
                page.select("nav a").eachAttr("href"));
        assertTrue(page.selectFirst("head style").data().contains("table.evaluation"));
    }

    @Test
    void pageWithoutAnEvaluationIsThePageWithoutTheSection() {
        ExportedMap plain = new ExportedMap(ExportSamples.map(HtmlExporterTest.MAP), SVG, List.of());
        String page = new HtmlExporter().export(plain);
        assertEquals(new HtmlExporter(List.of(new DiagramSection(), new StatementsSection(), new ArgumentsSection(),
                new FindingsSection())).export(plain), page);
        assertFalse(page.contains("evaluation"), page);
    }

    @Test
    void tableGivesEveryStatementThenEveryArgumentWithLabelAndStrength() {
        ArgumentMap map = ExportSamples.map(HtmlExporterTest.MAP);
        Evaluation evaluation = new Evaluator().evaluate(map);
        Document page = parse(new HtmlExporter().export(evaluated(map)));
        assertEquals(List.of("id", "claim", "label", "strength"), page.select("#evaluation th").eachText());
        List<String> ids = List.of("separate", "enemy", "solidarity", "deep", "history", "past");
        assertEquals(ids, page.select("#evaluation tbody td:first-child").eachText(),
                "statements as the statements section orders them, then arguments");
        for (Element row : page.select("#evaluation tbody tr")) {
            String id = row.child(0).text();
            String word = evaluation.label(id).orElseThrow().word();
            assertEquals(word, row.child(2).text(), id);
            assertEquals(word, row.child(2).className(), id);
            assertEquals(String.format(Locale.ROOT, "%.2f", evaluation.strength(id).orElseThrow()), row.child(3).text(), id);
            assertEquals("#" + StatementsSection.anchor(map, id), row.selectFirst("a").attr("href"));
        }
        assertEquals(List.of("Separate fights", "Both face the same enemy <script>alert(1)</script>",
                        "They declared solidarity.", "Distrust runs too deep.", "Earlier cooperation failed.",
                        "argument from precedent"),
                page.select("#evaluation tbody td:nth-child(2)").eachText(), "names shown as written");
    }

    /**
     * By hand: solidarity (0.5) is supported by enemy (0.5), 0.5 + 0.5 * 0.5 = 0.75, and attacks the
     * thesis; nothing attacks it, so it is accepted and the thesis rejected. The thesis: supporters
     * deep (0.5) and the argument past (its weakest premise, 0.5) give 1 - 0.5 * 0.5 = 0.75 against
     * 0.75, so it keeps its base 0.5.
     */
    @Test
    void sampleMapGetsTheLabelsAndStrengthsWorkedOutByHand() {
        Document page = parse(new HtmlExporter().export(evaluated(ExportSamples.map(HtmlExporterTest.MAP))));
        List<String> rows = page.select("#evaluation tbody tr").stream()
                .map(row -> row.child(0).text() + " " + row.child(2).text() + " " + row.child(3).text()).toList();
        assertEquals(List.of("separate rejected 0.50", "enemy accepted 0.50", "solidarity accepted 0.75",
                "deep accepted 0.50", "history accepted 0.50", "past accepted 0.50"), rows);
    }

    @Test
    void strengthsThatDidNotConvergeAreLeftOutAndTheSectionSaysWhy() {
        ArgumentMap map = ExportSamples.map(SWINGING);
        Evaluation evaluation = new Evaluator().evaluate(map);
        assertFalse(evaluation.converged(), "the map is meant not to converge");
        Document page = parse(new HtmlExporter().export(evaluated(map)));
        assertEquals(List.of("id", "claim", "label"), page.select("#evaluation th").eachText());
        assertEquals(3, page.select("#evaluation td.undecided").size());
        assertTrue(page.select("#evaluation td.strength").isEmpty());
        assertTrue(page.selectFirst("#evaluation p").text().contains("Strengths did not converge in " + Evaluator.MAX_ROUNDS
                + " rounds, so none is shown (attack cycles keep them moving)."));
    }

    @Test
    void pageOfPartOfAMapSaysTheEvaluationIsOfTheWholeMap() {
        ArgumentMap whole = ExportSamples.map(HtmlExporterTest.MAP);
        ArgumentMap part = ExportSamples.map(HtmlExporterTest.MAP.replace("""
                  history:
                    perspective: distrust
                    text: Earlier cooperation failed.
                """, "").replace("premises: [history, deep]", "premises: [deep]"));
        ExportedMap page = new ExportedMap(part, SVG, List.of(), Optional.of(new Evaluator().evaluate(whole)));
        Document document = parse(new HtmlExporter().export(page));
        assertEquals("Computed on the whole map, of which this page shows part.",
                document.selectFirst("#evaluation p.note").text());
        assertFalse(document.select("#evaluation td").eachText().contains("history"));
        assertTrue(parse(new HtmlExporter().export(evaluated(whole))).select("#evaluation p.note").isEmpty());
    }
}
