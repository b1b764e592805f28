package org.argmap.export;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.argmap.model.ArgumentMap;
import org.argmap.model.HttpUrl;
import org.argmap.model.Source;
import org.argmap.model.Text;

/**
 * A map as one self-contained HTML page, for reading offline and sharing: its title and source,
 * then its {@link HtmlSection}s (by default the diagram, the statements by perspective, the
 * arguments, the evaluation when it was asked for, and the check's findings).
 *
 * <p>The page makes no request of its own: the diagram is inline SVG, the style is inline CSS,
 * and there is no script. Every piece of text from the map is escaped. The only links are to
 * places in the page, and to the source when its URL is http or https ({@link HttpUrl}). The same
 * map, diagram and findings give the same bytes.
 */
public final class HtmlExporter implements Exporter {

    /** The sections of the page, in order. */
    public static final List<HtmlSection> STANDARD_SECTIONS = List.of(
            new DiagramSection(), new StatementsSection(), new ArgumentsSection(), new EvaluationSection(),
            new FindingsSection());

    private static final String STYLE = """
            body { font-family: Helvetica, Arial, "Liberation Sans", sans-serif; line-height: 1.45;
                   max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            header p.source { color: #555; }
            nav ol { padding-left: 1.2rem; }
            figure.diagram { margin: 1rem calc(50% - 50vw + 1rem); text-align: center; }
            figure.diagram svg { max-width: 100%; height: auto; }
            h3 { margin-top: 1.8rem; border-bottom: 1px solid #ddd; }
            article { margin: 1rem 0; padding: 0.5rem 0.8rem; border-left: 4px solid #bbb; }
            article.thesis { border-left-color: #1f4e79; }
            article.premise { border-left-color: #2e7d32; }
            article.counterpoint { border-left-color: #c62828; }
            article.rebuttal { border-left-color: #6a1b9a; }
            article.support { border-left-color: #2e7d32; }
            article.attack { border-left-color: #c62828; }
            article h4 { margin: 0.2rem 0; }
            .kind { font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.05em; color: #555; }
            .id { font-size: 0.8rem; color: #777; }
            blockquote { margin: 0.5rem 0 0.5rem 1rem; font-style: italic; }
            blockquote footer { font-style: normal; font-size: 0.85rem; color: #555; }
            .note, .relations, .tags, .hint { font-size: 0.9rem; color: #444; }
            li.warning { color: #8a5300; }
            @media print { nav { display: none; } article { break-inside: avoid; } }
            """;

    private final List<HtmlSection> sections;

    /** A page with the {@link #STANDARD_SECTIONS}. */
    public HtmlExporter() {
        this(STANDARD_SECTIONS);
    }

    public HtmlExporter(List<HtmlSection> sections) {
        this.sections = List.copyOf(sections);
        for (HtmlSection section : this.sections) {
            if (!section.id().matches("[a-z0-9-]+")) {
                throw new IllegalArgumentException("section id '" + section.id() + "' is not letters, digits and '-'");
            }
        }
    }

    @Override
    public String name() {
        return "html";
    }

    @Override
    public String summary() {
        return "one page: diagram, statements, arguments, findings";
    }

    @Override
    public boolean needsDrawing() {
        return true;
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public Exported export(ExportInput input) {
        return Exported.text(export(input.page()));
    }

    /** The page for {@code exported}, UTF-8 text. */
    public String export(ExportedMap exported) {
        ArgumentMap map = exported.map();
        String title = title(map);
        List<HtmlSection> sections = this.sections.stream().filter(section -> section.shownFor(exported)).toList();
        StringBuilder page = new StringBuilder(exported.svg().length() + 16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"argmap\">\n")
                .append("<title>").append(Html.escape(title)).append("</title>\n")
                .append("<style>\n").append(STYLE);
        sections.forEach(section -> page.append(section.style()));
        page.append("</style>\n</head>\n<body>\n");
        page.append("<header>\n<h1>").append(Html.escape(title)).append("</h1>\n");
        source(map.source()).ifPresent(source -> page.append("<p class=\"source\">").append(source).append("</p>\n"));
        page.append("</header>\n<nav>\n<ol>\n");
        for (HtmlSection section : sections) {
            page.append("<li><a href=\"#").append(section.id()).append("\">").append(Html.escape(section.heading()))
                    .append("</a></li>\n");
        }
        page.append("</ol>\n</nav>\n<main>\n");
        for (HtmlSection section : sections) {
            page.append("<section id=\"").append(section.id()).append("\">\n<h2>")
                    .append(Html.escape(section.heading())).append("</h2>\n")
                    .append(section.body(exported)).append("</section>\n");
        }
        page.append("</main>\n</body>\n</html>\n");
        return page.toString();
    }

    /** The map's title, else its file name without folder and extension. */
    static String title(ArgumentMap map) {
        return map.title().map(Text::value).orElseGet(() -> {
            String name = map.file().replace('\\', '/');
            name = name.substring(name.lastIndexOf('/') + 1);
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        });
    }

    /** "Title · author · publisher · date", the title linked when the URL is http(s), as HTML. */
    static Optional<String> source(Source source) {
        Optional<String> link = source.url().map(Text::value).flatMap(HttpUrl::of);
        Optional<String> title = source.title().map(Text::value).map(Html::escape)
                .map(t -> link.map(href -> "<a href=\"" + Html.escape(href) + "\">" + t + "</a>").orElse(t));
        // an http(s) URL is the title's link; without a title, or when it may not be a link, it shows as text
        Optional<String> url = title.isPresent() && link.isPresent() ? Optional.empty()
                : source.url().map(Text::value).map(value -> link
                        .map(href -> "<a href=\"" + Html.escape(href) + "\">" + Html.escape(value) + "</a>")
                        .orElse(Html.escape(value)));
        List<String> parts = Stream.of(title, source.author().map(Text::value).map(Html::escape),
                        source.publisher().map(Text::value).map(Html::escape),
                        source.date().map(Text::value).map(Html::escape), url)
                .flatMap(Optional::stream).toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" · ", parts));
    }

    /** How a quote's source is named under it: "title, author", whichever are known. */
    static Optional<String> attribution(Source source) {
        List<String> parts = Stream.of(source.title(), source.author()).flatMap(Optional::stream).map(Text::value).toList();
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }
}
