package org.argmap.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReproduciblePdfTest {

    /** Fails unless every in-use entry of the cross-reference table gives the offset of its object. */
    static void assertCrossReferencesHold(byte[] pdf) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher start = Pattern.compile("startxref\n(\\d+)\n%%EOF\n$").matcher(text);
        assertTrue(start.find(), "ends with startxref");
        int xref = Integer.parseInt(start.group(1));
        assertTrue(text.startsWith("xref\n", xref), "startxref points at the table");
        Matcher entry = Pattern.compile("(\\d{10}) (\\d{5}) ([nf]) \n").matcher(text);
        int object = 0;
        int checked = 0;
        entry.region(xref, text.length());
        while (entry.find()) {
            if (entry.group(3).equals("n")) {
                int offset = Integer.parseInt(entry.group(1));
                assertTrue(text.startsWith(object + " 0 obj", offset), "object " + object + " at " + offset);
                checked++;
            }
            object++;
        }
        assertTrue(checked > 0, "no objects");
    }

    /** A minimal PDF as FOP lays one out, with correct offsets, dated {@code date}. */
    static byte[] fopLike(String date) {
        List<String> objects = List.of(
                "1 0 obj\n<<\n/Producer (test)\n/CreationDate (" + date + ")\n>>\nendobj\n",
                "2 0 obj\n<< /Length 0 >>\nstream\n\nendstream\nendobj\n",
                "3 0 obj\n<< /Type /Catalog >>\nendobj\n");
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (String object : objects) {
            offsets.add(pdf.length());
            pdf.append(object);
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append('\n').append("0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format(Locale.ROOT, "%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<<\n  /Root 3 0 R\n  /Info 1 0 R\n  /ID [<0123456789ABCDEF0123456789ABCDEF> <0123456789ABCDEF0123456789ABCDEF>]\n  /Size 4\n>>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void creationDateGoesAndOffsetsStayRight() {
        byte[] fixed = ReproduciblePdf.of(fopLike("D:20261128051703Z"));
        String text = new String(fixed, StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("CreationDate"), text);
        assertCrossReferencesHold(fixed);
    }

    @Test
    void runsAtOtherTimesInOtherTimeZonesGiveTheSameBytes() {
        assertEquals(new String(ReproduciblePdf.of(fopLike("D:20261128051703Z")), StandardCharsets.ISO_8859_1),
                new String(ReproduciblePdf.of(fopLike("D:20270101120000+05'30'")), StandardCharsets.ISO_8859_1));
    }

    @Test
    void identifierIsAHashOfTheContent() {
        String text = new String(ReproduciblePdf.of(fopLike("D:20261128051703Z")), StandardCharsets.ISO_8859_1);
        assertFalse(text.contains("0123456789ABCDEF"), text);
        assertTrue(text.matches("(?s).*/ID \\[<([0-9A-F]{32})> <\\1>\\].*"), text);
    }

    @Test
    void pdfOfAnotherShapeIsRefusedRatherThanGuessedAt() {
        assertThrows(IllegalStateException.class,
                () -> ReproduciblePdf.of("%PDF-1.4\nno date here\n".getBytes(StandardCharsets.ISO_8859_1)));
        String withoutId = new String(fopLike("D:20261128051703Z"), StandardCharsets.ISO_8859_1).replaceAll("  /ID [^\n]*\n", "");
        assertThrows(IllegalStateException.class, () -> ReproduciblePdf.of(withoutId.getBytes(StandardCharsets.ISO_8859_1)));
    }
}
