package org.argmap.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.argmap.diagnostic.DidYouMean;

/**
 * How the report format options ({@code check --format}, {@code evaluate --format}) spell their
 * choices: an enum constant's name in lower case, read ignoring case and surrounding space, and
 * refused with a did-you-mean or else the list of names. ({@code render -f} names exporters:
 * {@link RenderFormats}.)
 */
final class FormatNames {

    private FormatNames() {
    }

    /** The spelling on the command line: "text", "svg", ... */
    static String of(Enum<?> format) {
        return format.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(FormatNames::of).toList();
    }

    /**
     * The format {@code text} names.
     *
     * @throws IllegalArgumentException "unknown format '...'", naming the value without its padding
     */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E format : type.getEnumConstants()) {
            if (of(format).equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown format '" + text.strip() + "'");
    }

    /** The format an option value names; otherwise the command cannot run, and says what was meant. */
    static <E extends Enum<E>> E parseOption(Class<E> type, String text) {
        try {
            return parse(type, text);
        } catch (IllegalArgumentException e) {
            throw unknown(e.getMessage(), text, all(type));
        }
    }

    /** The failure for an unknown format name: the closest name as a hint, else all of them. */
    static CommandFailure unknown(String message, String text, List<String> names) {
        return new CommandFailure(message, DidYouMean.hint(text.strip().toLowerCase(Locale.ROOT), names)
                .orElse("formats: " + String.join(", ", names)));
    }
}
