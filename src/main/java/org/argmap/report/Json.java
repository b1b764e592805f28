package org.argmap.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes the JSON documents of the machine-readable formats: two-space indentation,
 * {@code "key": value}, LF line ends on every platform, fields in the order they were put.
 *
 * <p>Every character outside ASCII is written as a JSON Unicode escape. The output is then the
 * same bytes whatever encoding the terminal or CI log uses, and a report redirected to a file
 * never has its accents replaced by question marks. Every control character is escaped too, DEL
 * included, which JSON itself would allow raw: a report printed to a terminal cannot act on it.
 *
 * <p>A double is written in the shortest decimal form that reads back as the same double (the
 * fast writer's Schubfach algorithm; Java 17's {@code Double.toString} sometimes adds digits).
 */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
            .build();

    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(INDENTER)
            .withArrayIndenter(INDENTER))
            .with(new EscapingDelete());

    private Json() {
    }

    /** JSON's own escapes, plus DEL (U+007F), the one ASCII control that JSON lets through raw. */
    private static final class EscapingDelete extends CharacterEscapes {

        private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();

        EscapingDelete() {
            ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** The document, pretty-printed, with a final line break. */
    static String write(ObjectNode document) {
        try {
            return WRITER.writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of plain strings and numbers always serializes; this would be a bug
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One object keyed by file, in the order of {@code files}: the document of the item for each
     * file, or {@code null} for a file with none (a map that was not evaluated, not listed or not
     * counted). Linear in files and items.
     *
     * @param items  each of them for one of {@code files}
     * @param fileOf the file an item is for
     * @throws IllegalArgumentException when an item's file is not one of {@code files}
     */
    static <T> String byFile(List<String> files, List<T> items, Function<T, String> fileOf,
                             Function<T, ObjectNode> document) {
        Map<String, T> byFile = new HashMap<>();
        Set<String> named = new HashSet<>(files);
        for (T item : items) {
            if (!named.contains(fileOf.apply(item))) {
                throw new IllegalArgumentException(fileOf.apply(item) + " has a document but is not among the files reported");
            }
            byFile.put(fileOf.apply(item), item);
        }
        ObjectNode all = object();
        for (String file : files) {
            T item = byFile.get(file);
            if (item == null) {
                all.putNull(file);
            } else {
                all.set(file, document.apply(item));
            }
        }
        return write(all);
    }
}
