package org.argmap.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes FOP's PDF the same bytes for the same drawing. FOP writes the time of the run twice:
 * as the creation date (in the machine's time zone) and in the file identifier. The creation date
 * is optional in PDF and goes; the identifier (two 128-bit strings in the trailer) becomes a hash
 * of the rest of the file. Taking the date out moves every later object, so the cross-reference
 * table, which gives each object's byte offset, is rewritten to match.
 *
 * <p>This relies on the shape of what FOP's transcoder writes: an information dictionary before
 * the first stream, a classic cross-reference table and a trailer with {@code /ID}. Anything else
 * is refused with {@link IllegalStateException} rather than guessed at.
 */
final class ReproduciblePdf {

    private static final Pattern CREATION_DATE = Pattern.compile("/CreationDate \\(D:[^)]*\\)\n");
    private static final Pattern START_XREF = Pattern.compile("startxref\n(\\d+)\n%%EOF\n?$");
    private static final Pattern XREF_HEADER = Pattern.compile("\\Gxref\n(\\d+) (\\d+)\n");
    private static final Pattern XREF_ENTRY = Pattern.compile("\\G(\\d{10}) (\\d{5}) ([nf])( \n| \r|\r\n)");
    private static final Pattern FILE_ID = Pattern.compile("/ID \\[<([0-9A-Fa-f]{32})> <([0-9A-Fa-f]{32})>\\]");

    private ReproduciblePdf() {
    }

    static byte[] of(byte[] pdf) {
        // ISO-8859-1 maps every byte to one char and back: offsets in the text are byte offsets
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher date = CREATION_DATE.matcher(text);
        if (!date.find() || text.indexOf("stream", 0) < date.start()) {
            throw new IllegalStateException("FOP's PDF has no creation date before its first stream");
        }
        int cut = date.start();
        int removed = date.end() - date.start();
        String withoutDate = text.substring(0, cut) + text.substring(date.end());
        String relocated = relocate(withoutDate, cut, removed);
        return withContentId(relocated).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The cross-reference table and {@code startxref} with offsets after {@code cut} moved back. */
    private static String relocate(String text, int cut, int removed) {
        Matcher start = START_XREF.matcher(text);
        if (!start.find()) {
            throw new IllegalStateException("FOP's PDF does not end with startxref");
        }
        long oldXref = Long.parseLong(start.group(1));
        int xref = (int) (oldXref > cut ? oldXref - removed : oldXref);
        Matcher header = XREF_HEADER.matcher(text);
        if (!header.find(xref)) {
            throw new IllegalStateException("FOP's PDF has no classic cross-reference table at " + xref);
        }
        int count = Integer.parseInt(header.group(2));
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, header.end());
        Matcher entry = XREF_ENTRY.matcher(text);
        int at = header.end();
        for (int i = 0; i < count; i++) {
            if (!entry.find(at)) {
                throw new IllegalStateException("FOP's PDF has a malformed cross-reference entry at " + at);
            }
            long offset = Long.parseLong(entry.group(1));
            if (entry.group(3).equals("n") && offset > cut) {
                offset -= removed;
            }
            out.append(String.format(Locale.ROOT, "%010d", offset)).append(' ').append(entry.group(2))
                    .append(' ').append(entry.group(3)).append(entry.group(4));
            at = entry.end();
        }
        out.append(text, at, start.start());
        out.append("startxref\n").append(xref).append("\n%%EOF\n");
        return out.toString();
    }

    /** The file identifier replaced by a hash of the file with the identifier blanked. */
    private static String withContentId(String text) {
        Matcher id = FILE_ID.matcher(text);
        int trailer = text.lastIndexOf("trailer");
        if (trailer < 0 || !id.find(trailer)) {
            throw new IllegalStateException("FOP's PDF has no file identifier in its trailer");
        }
        String zero = "0".repeat(32);
        String blanked = text.substring(0, id.start()) + "/ID [<" + zero + "> <" + zero + ">]" + text.substring(id.end());
        String hash = HexFormat.of().withUpperCase().formatHex(sha256(blanked), 0, 16);
        return text.substring(0, id.start()) + "/ID [<" + hash + "> <" + hash + ">]" + text.substring(id.end());
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.ISO_8859_1));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
