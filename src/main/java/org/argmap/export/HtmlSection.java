package org.argmap.export;

/**
 * One section of the exported HTML page, with its heading and an entry in the page's contents.
 * The page is a list of sections ({@link HtmlExporter#STANDARD_SECTIONS}), so another part (say,
 * an evaluation of the map) is one more implementation in that list.
 */
public interface HtmlSection {

    /** The section's element id, for links from the contents: letters, digits and '-'. */
    String id();

    /** The heading, as plain text (it is escaped by the exporter). */
    String heading();

    /**
     * The section's content as HTML, without its heading. Every piece of text from the map must
     * be escaped ({@code Html.escape}); the page loads nothing and runs no script.
     */
    String body(ExportedMap exported);

    /** Whether the page for {@code exported} has this section; most sections are on every page. */
    default boolean shownFor(ExportedMap exported) {
        return true;
    }

    /**
     * CSS rules this section needs beyond the page's own, added to the page only when the
     * section is shown, so a page without it stays as it was.
     */
    default String style() {
        return "";
    }
}
