package org.argmap.load;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The id to suggest for one written in the wrong form ({@code Shared_Enemy} becomes
 * {@code shared-enemy}), among the ids of one namespace. A suggestion is never an id that is
 * already written there or already suggested for another: {@code shared-enemy-2} then, or nothing.
 * Accented Latin letters lose their accents ({@code Café-Crème} becomes {@code cafe-creme}); an
 * id with letters that have no such plain form (Cyrillic, Chinese) gets no suggestion, since
 * dropping them would leave an id that means something else.
 */
final class IdSuggestions {

    /** Latin letters that decomposition leaves alone, with their usual plain spelling. */
    private static final Map<Character, String> PLAIN_LATIN = Map.ofEntries(
            Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('ø', "o"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"));
    private static final int MOST_VARIANTS = 99;

    private final Set<String> taken;

    /** @param written every key written in the namespace, good or bad */
    IdSuggestions(Collection<String> written) {
        this.taken = new HashSet<>(written);
    }

    /** The id to suggest for {@code id}, now taken; empty when there is none to give. */
    Optional<String> suggest(String id) {
        Optional<String> base = kebab(id);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        String candidate = base.get();
        for (int n = 2; taken.contains(candidate); n++) {
            if (n > MOST_VARIANTS) {
                return Optional.empty();
            }
            String suffix = "-" + n;
            String stem = base.get().length() + suffix.length() > MapReader.MAX_ID_LENGTH
                    ? base.get().substring(0, MapReader.MAX_ID_LENGTH - suffix.length()) : base.get();
            candidate = stem + suffix;
        }
        taken.add(candidate);
        return Optional.of(candidate);
    }

    /** The hint for an id that gets no suggestion: what an id may hold, and what this one holds besides. */
    static String withoutSuggestion(String id) {
        return firstForeignLetter(fold(id))
                .map(c -> "ids use only the letters a-z, digits and '-'; '" + new String(Character.toChars(c))
                        + "' has no plain form in a-z, so choose an id in those letters")
                .orElse("use lower-case letters, digits and '-'");
    }

    /**
     * {@code id} in kebab case: words split at case changes and at anything but letters and
     * digits, accents dropped. Empty when nothing is left, or when a letter or digit outside
     * a-z and 0-9 would be lost.
     */
    static Optional<String> kebab(String id) {
        String folded = fold(id);
        if (firstForeignLetter(folded).isPresent()) {
            return Optional.empty();
        }
        String s = folded.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        s = s.length() > MapReader.MAX_ID_LENGTH ? s.substring(0, MapReader.MAX_ID_LENGTH).replaceAll("-+$", "") : s;
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** Accents taken off Latin letters: decomposed, marks dropped, the few letters that do not decompose spelt out. */
    private static String fold(String id) {
        String decomposed = Normalizer.normalize(id, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            String plain = PLAIN_LATIN.get(Character.toLowerCase(c));
            if (plain == null) {
                out.append(c);
            } else {
                out.append(Character.isUpperCase(c) ? Character.toUpperCase(plain.charAt(0)) + plain.substring(1) : plain);
            }
        }
        return out.toString();
    }

    /** The first letter or digit outside ASCII, which an id cannot hold. */
    private static Optional<Integer> firstForeignLetter(String folded) {
        return folded.codePoints().filter(c -> c > 0x7f && Character.isLetterOrDigit(c)).boxed().findFirst();
    }
}
