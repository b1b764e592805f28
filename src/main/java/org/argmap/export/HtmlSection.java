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
}
