package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.argmap.fixtures.SchemeMaps;
import org.argmap.load.BuiltInSchemes;
import org.argmap.model.ArgumentMap;
import org.argmap.model.SchemeCatalogue;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The HTML page names each argument's catalogue scheme and lists its critical questions, raised, settled or open. */
class QuestionsPageTest {

    /** The shared precedent map, with told-right settling comparable-really too (which russia-differs raises). */
    private static final String MAP = SchemeMaps.PRECEDENT.replace("question: earlier-as-told",
            "question: [earlier-as-told, comparable-really]");

    private static Document page(SchemeCatalogue schemes) {
        ArgumentMap map = ExportSamples.map(MAP);
        String html = new HtmlExporter().export(new ExportedMap(map, ExportSamples.svg("t"), List.of(), Optional.empty(),
                schemes));
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        return document;
    }

    @Test
    void eachQuestionIsMarkedWithTheStatementsThatRaiseOrSettleItOrAsOpen() {
        Document page = page(BuiltInSchemes.catalogue());
        assertEquals("support Argument from precedent post-9-11", page.selectFirst("#about-argument-post-9-11 h4").text());
        assertEquals("Critical questions (2 of 4 open):", page.selectFirst("#about-argument-post-9-11 .questions p").text());
        assertEquals(List.of(
                        "earlier-as-told Was the earlier case really handled as described? settled by told-right",
                        "comparable-really Do the two cases differ in a way that calls for a different response?"
                                + " raised by russia-differs; settled by told-right",
                        "earlier-right Was the earlier response a good one, or is it a mistake not to repeat? open",
                        "circumstances-changed Have circumstances changed since, so that the earlier case no longer"
                                + " guides this one? open"),
                page.select("#about-argument-post-9-11 .questions li").eachText());
        assertEquals(List.of("settled", "raised settled", "open", "open"),
                page.select("#about-argument-post-9-11 .questions li").eachAttr("class"));
        assertEquals("#about-statement-russia-differs",
                page.select("#about-argument-post-9-11 .questions li").get(1).selectFirst("a").attr("href"));
    }

    @Test
    void aFreeTextSchemeIsShownAsWrittenWithoutQuestions() {
        Document page = page(BuiltInSchemes.catalogue());
        assertEquals("attack argument from common interest common-cause", page.selectFirst("#about-argument-common-cause h4").text());
        assertTrue(page.select("#about-argument-common-cause .questions").isEmpty());
    }

    @Test
    void withoutACatalogueThePageShowsSchemesAsWrittenAndNoQuestions() {
        Document page = page(SchemeCatalogue.EMPTY);
        assertEquals("support precedent post-9-11", page.selectFirst("#about-argument-post-9-11 h4").text());
        assertTrue(page.select(".questions").isEmpty());
    }
}
