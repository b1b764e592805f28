package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.argmap.evaluate.Evaluator;
import org.argmap.model.ArgumentMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The HTML page shows an implicit statement as reconstructed, every qualifier, and an argument's quotes. */
class AnnotationsPageTest {

    private static final String MAP = """
            argmap: 1
            source:
              title: The essay
            statements:
              crackdown:
                kind: thesis
                text: New measures will be read as a crackdown.
                qualifier: {quote: almost certainly}
              warrant:
                text: Measures that follow protests are read as aimed at them.
                implicit: true
                qualifier: for now
              timing:
                text: The measures come soon after the protests.
                quote: coming so soon after the protests
            arguments:
              reading:
                kind: support
                premises: [warrant, timing]
                conclusion: crackdown
                quote: [will almost certainly be read, as a crackdown]
            """;

    private static Document page() {
        ArgumentMap map = ExportSamples.map(MAP);
        String html = new HtmlExporter().export(new ExportedMap(map, ExportSamples.svg("t"), List.of(),
                Optional.of(new Evaluator().evaluate(map))));
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        return document;
    }

    @Test
    void implicitStatementIsMarkedReconstructedBesideItsKindAndInTheEvaluationTable() {
        Document page = page();
        assertEquals("premise reconstructed warrant", page.selectFirst("#about-statement-warrant h4").text());
        assertEquals("Reconstructed by the analyst: the source leaves this unstated.",
                page.selectFirst("#about-statement-warrant p.reconstructed").text());
        assertTrue(page.select("#about-statement-timing .reconstructed").isEmpty());
        assertEquals(List.of("[reconstructed] (for now) Measures that follow protests are read as aimed at them."),
                page.select("#evaluation td").stream().map(td -> td.text()).filter(t -> t.contains("protests are")).toList());
    }

    @Test
    void qualifierIsShownWithTheStatementInTheSourcesQuoteMarksWhenQuoted() {
        Document page = page();
        assertEquals("Qualifier: \u201calmost certainly\u201d (the source\u2019s words)",
                page.selectFirst("#about-statement-crackdown p.qualifier").text());
        assertEquals("Qualifier: for now", page.selectFirst("#about-statement-warrant p.qualifier").text());
    }

    @Test
    void argumentQuotesAreBlockQuotesAttributedToTheSource() {
        Document page = page();
        assertEquals(List.of("will almost certainly be read", "as a crackdown"),
                page.select("#about-argument-reading blockquote p").eachText());
        assertEquals(List.of("\u2014 The essay", "\u2014 The essay"), page.select("#about-argument-reading blockquote footer").eachText());
    }
}
