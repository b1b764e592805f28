package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentMap;
import org.argmap.model.Location;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {

    static final String MAP = """
            argmap: 1
            title: "Common enemy <script>alert('title')</script> & friends"
            source:
              title: "Why It Won't Bring \\"America\\" & Russia Together"
              author: Nikolas K. Gvosdev
              publisher: The National Interest
              date: "2017-04-04"
              url: https://example.org/essay?a=1&b=2
            perspectives:
              shared:
                label: Shared threat
              distrust:
                label: Mutual <b>distrust</b>
            statements:
              separate:
                kind: thesis
                title: Separate fights
                text: They will keep fighting separately.
                quote: they will continue to fight separately
              enemy:
                perspective: shared
                text: "Both face the same enemy <script>alert(1)</script>"
                note: "Read 'enemy' & \\"threat\\" as one"
                tags: [security]
                supports: solidarity
              solidarity:
                kind: counterpoint
                perspective: shared
                text: They declared solidarity.
                attacks: separate
              deep:
                perspective: distrust
                text: Distrust runs too deep.
                supports: separate
              history:
                perspective: distrust
                text: Earlier cooperation failed.
            arguments:
              past:
                kind: support
                premises: [history, deep]
                conclusion: separate
                scheme: argument from precedent
                note: Together, not alone.
            """;

    private static final String SVG = ExportSamples.svg("Separate fights");

    private static String export(String yaml, List<Diagnostic> findings) {
        return new HtmlExporter().export(new ExportedMap(ExportSamples.map(yaml), SVG, findings));
    }

    private static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document document = Jsoup.parse(html, "", parser);
        assertEquals(List.of(), parser.getErrors().stream().map(Object::toString).toList(), "HTML parse errors");
        return document;
    }

    @Test
    void pageParsesWithoutErrorsAndHasEverySection() {
        Document page = parse(export(MAP, List.of()));
        assertEquals("Common enemy <script>alert('title')</script> & friends", page.title());
        assertEquals(List.of("diagram", "statements", "arguments", "findings"),
                page.select("main > section").stream().map(Element::id).toList());
        assertEquals(4, page.select("nav a[href^=#]").size());
    }

    @Test
    void userTextNeverBecomesMarkup() {
        String html = export(MAP, List.of(new Diagnostic("unused-perspective", Severity.WARNING,
                Location.at("sample.yaml", 3, 5), "perspective '<img src=x onerror=alert(1)>' is unused",
                Optional.of("remove \"it\" & move on"))));
        assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element, from the map or otherwise");
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("<b>distrust"), html);
        Document page = parse(html);
        assertTrue(page.select("script, img, b").isEmpty());
        assertTrue(page.text().contains("Both face the same enemy <script>alert(1)</script>"), "shown as written");
        assertTrue(page.text().contains("Read 'enemy' & \"threat\" as one"), page.text());
        assertTrue(page.text().contains("Mutual <b>distrust</b>"), page.text());
        assertTrue(page.text().contains("perspective '<img src=x onerror=alert(1)>' is unused"), page.text());
    }

    @Test
    void pageLoadsNothingAndRunsNothing() {
        Document page = parse(export(MAP, List.of()));
        assertTrue(page.select("script, link, iframe, object, embed, img[src], [style*=url]").isEmpty());
        assertTrue(page.select("[src]").isEmpty(), "nothing is fetched");
        assertTrue(page.select("*").stream().flatMap(e -> e.attributes().asList().stream())
                .noneMatch(a -> a.getKey().toLowerCase(Locale.ROOT).startsWith("on")), "no event handlers");
        for (Element link : page.select("a[href]")) {
            String href = link.attr("href");
            assertTrue(href.startsWith("#") || href.equals("https://example.org/essay?a=1&b=2"), href);
        }
    }

    @Test
    void sourceIsNamedAndLinkedWhenItsUrlIsHttp() {
        Document page = parse(export(MAP, List.of()));
        Element source = page.selectFirst("header p.source");
        assertEquals("Why It Won't Bring \"America\" & Russia Together · Nikolas K. Gvosdev · The National Interest · 2017-04-04",
                source.text());
        assertEquals("https://example.org/essay?a=1&b=2", source.selectFirst("a").attr("href"));
    }

    @Test
    void sourceUrlThatIsNotHttpIsShownButNotLinked() {
        String yaml = MAP.replace("url: https://example.org/essay?a=1&b=2", "url: \"javascript:alert(1)\"");
        Document page = parse(export(yaml, List.of()));
        Element source = page.selectFirst("header p.source");
        assertTrue(source.select("a").isEmpty(), source.outerHtml());
        assertTrue(source.text().endsWith("javascript:alert(1)"), source.text());
    }

    @Test
    void diagramIsTheInlineSvgWithItsStampAndNoXmlProlog() {
        String html = export(MAP, List.of());
        assertTrue(html.contains("<!-- argmap: engine=embedded dot-sha256="), "the stamp stays");
        assertFalse(html.contains("<?xml"));
        assertFalse(html.contains("svg11.dtd"));
        Document page = parse(html);
        assertEquals(1, page.select("#diagram figure svg").size());
        assertTrue(page.selectFirst("#diagram svg").text().contains("Separate fights"));
    }

    @Test
    void statementsAreGroupedByPerspectiveInTheMapsOrderAfterThoseOfNone() {
        Document page = parse(export(MAP, List.of()));
        assertEquals(List.of("No perspective", "Shared threat", "Mutual <b>distrust</b>"),
                page.select("#statements h3").eachText());
        assertEquals(List.of("about-statement-separate", "about-statement-enemy", "about-statement-solidarity",
                "about-statement-deep", "about-statement-history"), page.select("#statements article").eachAttr("id"));
    }

    @Test
    void statementShowsKindTitleTextRelationsQuotesWithSourceNoteAndTags() {
        Document page = parse(export(MAP, List.of()));
        Element thesis = page.getElementById("about-statement-separate");
        assertEquals("thesis", thesis.selectFirst(".kind").text());
        assertTrue(thesis.selectFirst("h4").text().contains("Separate fights"));
        assertEquals("They will keep fighting separately.", thesis.selectFirst("p.text").text());
        assertEquals("they will continue to fight separately", thesis.selectFirst("blockquote p").text());
        assertEquals("— Why It Won't Bring \"America\" & Russia Together, Nikolas K. Gvosdev",
                thesis.selectFirst("blockquote footer").text());
        Element enemy = page.getElementById("about-statement-enemy");
        assertEquals("premise", enemy.selectFirst(".kind").text());
        assertEquals("supports solidarity", enemy.selectFirst("p.relations").text());
        assertEquals("#about-statement-solidarity", enemy.selectFirst("p.relations a").attr("href"));
        assertEquals("Note: Read 'enemy' & \"threat\" as one", enemy.selectFirst("p.note").text());
        assertEquals("Tags: security", enemy.selectFirst("p.tags").text());
    }

    @Test
    void argumentsShowPremisesConclusionSchemeAndNote() {
        Document page = parse(export(MAP, List.of()));
        Element argument = page.getElementById("about-argument-past");
        assertEquals("support", argument.selectFirst(".kind").text());
        assertTrue(argument.selectFirst("h4").text().contains("argument from precedent"));
        assertEquals("Premises history, deep together support separate: Separate fights",
                argument.selectFirst("p.relations").text());
        assertEquals("Note: Together, not alone.", argument.selectFirst("p.note").text());
    }

    @Test
    void findingsListWarningsAndNotesWithPositionRuleAndHint() {
        Diagnostic warning = new Diagnostic("unused-perspective", Severity.WARNING, Location.at("maps/x.yaml", 12, 3),
                "perspective 'spare' is not used", Optional.of("remove it"));
        Diagnostic note = new Diagnostic("unanswered-counterpoint", Severity.INFO, Location.at("maps/x.yaml", 20, 5),
                "nobody answers 'solidarity'", Optional.empty());
        Document page = parse(export(MAP, List.of(warning, note)));
        assertEquals(List.of("line 12, column 3: warning[unused-perspective]: perspective 'spare' is not used (remove it)",
                        "line 20, column 5: info[unanswered-counterpoint]: nobody answers 'solidarity'"),
                page.select("#findings li").eachText());
        assertFalse(page.html().contains("maps/x.yaml"), "the page names no path of the machine that made it");
    }

    @Test
    void mapWithoutFindingsArgumentsOrTitleSaysSo() {
        String yaml = """
                argmap: 1
                statements:
                  a:
                    kind: thesis
                    text: A.
                  b:
                    text: B.
                    supports: a
                """;
        Document page = parse(export(yaml, List.of()));
        assertEquals("sample", page.title(), "the file name stands in for a title");
        assertTrue(page.selectFirst("#findings").text().contains("no problems"));
        assertTrue(page.selectFirst("#arguments").text().contains("no arguments"));
        assertTrue(page.select("header p.source").isEmpty());
    }

    @Test
    void sameInputGivesTheSameBytes() {
        assertEquals(export(MAP, List.of()), export(MAP, List.of()));
    }

    @Test
    void anotherSectionIsOneMoreEntryInTheList() {
        HtmlSection extra = new HtmlSection() {
            @Override
            public String id() {
                return "evaluation";
            }

            @Override
            public String heading() {
                return "Evaluation";
            }

            @Override
            public String body(ExportedMap exported) {
                return "<p>" + exported.map().statements().size() + " statements</p>\n";
            }
        };
        ArgumentMap map = ExportSamples.map(MAP);
        Document page = parse(new HtmlExporter(List.of(new DiagramSection(), extra)).export(new ExportedMap(map, SVG, List.of())));
        assertEquals(List.of("diagram", "evaluation"), page.select("main > section").eachAttr("id"));
        assertEquals("5 statements", page.selectFirst("#evaluation p").text());
    }

    @Test
    void sectionIdThatIsNotAPlainNameIsRefused() {
        HtmlSection bad = new HtmlSection() {
            @Override
            public String id() {
                return "x\" onclick=\"alert(1)";
            }

            @Override
            public String heading() {
                return "Bad";
            }

            @Override
            public String body(ExportedMap exported) {
                return "";
            }
        };
        assertThrows(IllegalArgumentException.class, () -> new HtmlExporter(List.of(bad)));
    }

    @Test
    void smallMapsPageMatchesItsGoldenFile() {
        Exported exported = new HtmlExporter().export(ExporterGolden.input());
        assertMatchesGolden("export/small-map.html", new String(exported.bytes(), StandardCharsets.UTF_8));
    }
}
