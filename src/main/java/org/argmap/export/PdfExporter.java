package org.argmap.export;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.Optional;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.fop.svg.PDFTranscoder;
import org.argmap.text.Plural;

/**
 * Turns a diagram's SVG into a one-page PDF of the diagram's size, with Apache FOP's PDF
 * transcoder for Batik: lines and shapes stay vectors, and the text stays text, so it can be
 * selected, searched and copied.
 *
 * <p>The text is set in the PDF standard font Helvetica, which every PDF reader has (or a font of
 * the same widths), so no font is embedded and the PDF does not depend on the fonts of the machine
 * that makes it: the same SVG gives the same bytes everywhere ({@link ReproduciblePdf} drops the
 * creation date and derives the file identifier from the content).
 *
 * <p>Links in the SVG are left out ({@link BatikSvg#withoutLinks}); their text stays.
 *
 * <p>The standard fonts only have the characters of Windows Latin-1 (Western European languages).
 * A line of text with any other character (Cyrillic, Greek, Chinese, ...) is drawn as outlines in
 * the JVM's fonts instead ({@link OutlinedText}): it looks right wherever the machine has a font
 * for it, but cannot be searched, and such a PDF depends on the fonts installed.
 */
public final class PdfExporter implements Exporter {

    /**
     * The PDF of a diagram.
     *
     * @param outlinedLines lines of words drawn as outlines rather than text (lone symbols such as
     *                      the legend's arrow are not counted)
     */
    public record Pdf(byte[] bytes, int outlinedLines) {
    }

    public PdfExporter() {
        BatikSvg.useHeadlessAwt();
    }

    @Override
    public String name() {
        return "pdf";
    }

    @Override
    public String summary() {
        return "the diagram on one page, its text searchable";
    }

    @Override
    public boolean needsDrawing() {
        return true;
    }

    @Override
    public boolean text() {
        return false;
    }

    /** The PDF of the drawing, with a note when some of its lines could not stay text. */
    @Override
    public Exported export(ExportInput input) {
        Pdf pdf = export(input.svg().get());
        int lines = pdf.outlinedLines();
        return new Exported(pdf.bytes(), lines == 0 ? Optional.empty()
                : Optional.of(Plural.count(lines, "line")
                        + " of text drawn as outlines, which cannot be searched: the PDF standard fonts"
                        + " have only the characters of Windows Latin-1"));
    }

    /**
     * The PDF of {@code svg}.
     *
     * @throws ExportException if FOP cannot draw it
     */
    public Pdf export(String svg) {
        OutlinedText.Result outlined = OutlinedText.of(BatikSvg.withoutLinks(BatikSvg.withFontsAsNamed(svg)));
        PDFTranscoder transcoder = new PDFTranscoder();
        transcoder.setErrorHandler(new BatikSvg.QuietErrors());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(outlined.svg())), new TranscoderOutput(bytes));
        } catch (TranscoderException e) {
            throw new ExportException("cannot draw the PDF: " + e.getMessage(), e);
        }
        return new Pdf(ReproduciblePdf.of(bytes.toByteArray()), outlined.outlinedLines());
    }
}
