package org.argmap.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.argmap.diagnostic.DidYouMean;
import picocli.CommandLine.ITypeConverter;

/**
 * The one reading of an option whose value is a word from a known set: an enum's constants, the
 * rule ids, the names in a registry. A picocli converter and the option's completion candidates at
 * once, so the words the shell offers are the words the option takes. Name a subclass with a no-
 * argument constructor as both {@code converter} and {@code completionCandidates} of the option.
 *
 * <p>A word is read ignoring case and surrounding space. Any other word stops the command (exit
 * status 2, through {@link CommandLineFactory}) with one message shape for every option:
 * "unknown theme 'drak'; did you mean 'dark'?", or, when no word is close,
 * "unknown theme 'sepia'" with the words listed in the hint ("themes: light, dark, print").
 *
 * @param <T> what a word stands for
 */
public class ChoiceConverter<T> implements ITypeConverter<T>, Iterable<String> {

    private final String what;
    private final String whats;
    private final Supplier<List<String>> names;
    private final Function<String, T> lookup;

    /**
     * @param what   what one word names, for the message: "theme"
     * @param whats  the plural, for the list: "themes"
     * @param names  the words as they are listed and offered, in that order; asked each time, so a
     *               registry may be read late
     * @param lookup what a listed word (as spelt in {@code names}) stands for
     */
    public ChoiceConverter(String what, String whats, Supplier<List<String>> names, Function<String, T> lookup) {
        this.what = Objects.requireNonNull(what, "what");
        this.whats = Objects.requireNonNull(whats, "whats");
        this.names = Objects.requireNonNull(names, "names");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    /** The same reading again: for a subclass picocli can make, {@code super(ofEnum(...))}. */
    protected ChoiceConverter(ChoiceConverter<T> reading) {
        this(reading.what, reading.whats, reading.names, reading.lookup);
    }

    /** The constants of {@code type}, each spelt as its name in lower case ({@link #spelling}). */
    public static <E extends Enum<E>> ChoiceConverter<E> ofEnum(String what, String whats, Class<E> type) {
        List<String> spellings = Arrays.stream(type.getEnumConstants()).map(ChoiceConverter::spelling).toList();
        return new ChoiceConverter<>(what, whats, () -> spellings,
                word -> Enum.valueOf(type, word.toUpperCase(Locale.ROOT)));
    }

    /** How an enum constant is written on the command line: its name in lower case. */
    public static String spelling(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /**
     * What {@code text} names.
     *
     * @throws CommandFailure for a word that is none of the names, in the shape described above
     */
    @Override
    public T convert(String text) {
        String given = text.strip();
        return names.get().stream().filter(name -> name.equalsIgnoreCase(given)).findFirst().map(lookup)
                .orElseThrow(() -> unknown(given));
    }

    /** The words, for shell completion and help. */
    @Override
    public Iterator<String> iterator() {
        return names.get().iterator();
    }

    private CommandFailure unknown(String given) {
        List<String> listed = names.get();
        String message = "unknown " + what + " '" + given + "'";
        Optional<String> closest = closest(given, listed);
        return closest.isPresent()
                ? new CommandFailure(message + "; did you mean '" + closest.get() + "'?")
                : new CommandFailure(message, whats + ": " + String.join(", ", listed));
    }

    /** The closest name as listed, compared ignoring case like the reading itself. */
    private static Optional<String> closest(String given, List<String> listed) {
        List<String> lower = listed.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
        return DidYouMean.closest(given.toLowerCase(Locale.ROOT), lower).map(match -> listed.get(lower.indexOf(match)));
    }
}
