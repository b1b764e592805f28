package org.argmap.export;

import static org.argmap.report.GoldenFiles.assertMatchesGolden;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfExporterTest {

    private static final String SVG = ExportSamples.svg("Common enemy, separate fights",
            "Although Russia &amp; the United States share an enemy", "they won&#39;t fight it together");

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void pdfHasOnePageOfTheDiagramsSizeInPoints() throws IOException {
        byte[] pdf = new PdfExporter().export(SVG).bytes();
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(300, page.getWidth(), 0.5);
            assertEquals(200, page.getHeight(), 0.5);
        }
    }

    @Test
    void textIsTextThatCanBeSearched() throws IOException {
        PdfExporter.Pdf pdf = new PdfExporter().export(SVG);
        String text = text(pdf.bytes());
        assertTrue(text.contains("Common enemy, separate fights"), text);
        assertTrue(text.contains("Although Russia & the United States share an enemy"), text);
        assertTrue(text.contains("they won't fight it together"), text);
        assertEquals(0, pdf.outlinedLines());
    }

    @Test
    void sameSvgGivesTheSameBytesInAnyTimeZone() {
        byte[] here = new PdfExporter().export(SVG).bytes();
        TimeZone before = TimeZone.getDefault();
        byte[] elsewhere;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kolkata"));
            elsewhere = new PdfExporter().export(SVG).bytes();
        } finally {
            TimeZone.setDefault(before);
        }
        assertArrayEquals(here, elsewhere);
    }

    @Test
    void pdfHoldsNoCreationDateAndAnIdentifierOfItsContent() {
        String pdf = new String(new PdfExporter().export(SVG).bytes(), StandardCharsets.ISO_8859_1);
        assertFalse(pdf.contains("/CreationDate"), "no time of the run");
        Matcher id = Pattern.compile("/ID \\[<([0-9A-F]{32})> <([0-9A-F]{32})>\\]").matcher(pdf);
        assertTrue(id.find(), "PDF readers expect an identifier");
        assertEquals(id.group(1), id.group(2));
        String other = new String(new PdfExporter().export(ExportSamples.svg("Another map")).bytes(), StandardCharsets.ISO_8859_1);
        Matcher otherId = Pattern.compile("/ID \\[<([0-9A-F]{32})>").matcher(other);
        assertTrue(otherId.find());
        assertNotEquals(id.group(1), otherId.group(1), "another drawing, another identifier");
    }

    @Test
    void crossReferenceTablePointsAtEveryObject() {
        ReproduciblePdfTest.assertCrossReferencesHold(new PdfExporter().export(SVG).bytes());
    }

    @Test
    void lineOutsideLatin1IsDrawnAsOutlinesAndTheRestStaysText() throws IOException {
        PdfExporter.Pdf pdf = new PdfExporter().export(ExportSamples.svg("Common enemy", "Общая угроза"));
        assertEquals(1, pdf.outlinedLines());
        String text = text(pdf.bytes());
        assertTrue(text.contains("Common enemy"), text);
        assertFalse(text.contains("#"), "no character is replaced by FOP's '#': " + text);
        assertFalse(text.contains("Общая"), "the outlined line is not text: " + text);
    }

    @Test
    void loneSymbolIsOutlinedButNotCountedAsWords() throws IOException {
        PdfExporter.Pdf pdf = new PdfExporter().export(ExportSamples.svg("▶", "supports"));
        assertEquals(0, pdf.outlinedLines());
        assertTrue(text(pdf.bytes()).contains("supports"));
        assertTrue(new String(pdf.bytes(), StandardCharsets.ISO_8859_1).length() > 0);
    }

    @Test
    void svgThatIsNotSvgIsAnExportError() {
        assertThrows(ExportException.class, () -> new PdfExporter().export("<html>not a diagram</html>"));
    }

    @Test
    void pdfHasNoLinkAnnotations() throws IOException {
        String svg = SVG.replace("<text", "<g id=\"a_graph0_0\"><a xlink:href=\"https://example.org/\" xlink:title=\"Source\">\n<text")
                .replace("</text>", "</text>\n</a>\n</g>");
        byte[] pdf = new PdfExporter().export(svg).bytes();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(0, document.getPage(0).getAnnotations().size());
        }
        assertTrue(text(pdf).contains("Common enemy, separate fights"));
    }

    /**
     * The golden file describes the PDF rather than holding its bytes: its page and its text, which
     * are the same on any machine, where the outlines of a symbol (the legend's arrow) come from the
     * machine's fonts.
     */
    @Test
    void smallMapsPageAndTextMatchItsGoldenFile() throws IOException {
        Exported exported = new PdfExporter().export(ExporterGolden.input());
        StringBuilder description = new StringBuilder();
        try (PDDocument document = Loader.loadPDF(exported.bytes())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            description.append("pages: ").append(document.getNumberOfPages()).append('\n')
                    .append("page: ").append(Math.round(page.getWidth())).append(" x ").append(Math.round(page.getHeight()))
                    .append(" pt\n")
                    .append("note: ").append(exported.note().orElse("none")).append('\n')
                    .append("text:\n").append(new PDFTextStripper().getText(document).strip()).append('\n');
        }
        assertMatchesGolden("export/small-map.pdf.txt", description.toString());
    }
}
