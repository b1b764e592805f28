package org.argmap.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.argmap.diagnostic.SourceLines;

/** Strict UTF-8 decoding, and where a file stops being UTF-8 when it does. */
final class Utf8 {

    private Utf8() {
    }

    /**
     * The first byte that is not valid UTF-8.
     *
     * @param offset the byte's offset in the file, from 0
     * @param line   its line, from 1
     * @param column its column, from 1, counting the UTF-16 characters before it on its line
     */
    record BadByte(long offset, int line, int column) {
    }

    /** The text, or empty when {@code bytes} are not UTF-8. */
    static Optional<String> decode(byte[] bytes) {
        try {
            return Optional.of(decoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Where decoding {@code bytes} fails; call only for bytes that {@link #decode} refused. */
    static BadByte firstBadByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder().decode(in, out, true);
        out.flip();
        // lines end where the YAML reader ends them (a lone CR too), so the position agrees with the loader's others
        String before = out.toString();
        int line = 1;
        int column = 1;
        int index = 0;
        while (index < before.length()) {
            int lineBreak = SourceLines.breakAt(before, index);
            if (lineBreak > 0) {
                line++;
                column = 1;
                index += lineBreak;
            } else {
                column++;
                index++;
            }
        }
        return new BadByte(in.position(), line, column);
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
