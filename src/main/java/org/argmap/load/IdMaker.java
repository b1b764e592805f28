package org.argmap.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Map ids for the nodes of another tool's document, valid and unique within one map: the one rule
 * the importers share (AIF node ids, Argdown titles and texts). A node keeps the id it was written
 * with when that is a valid map id no other node took; otherwise its id is made from text, the
 * first {@value #MAX_WORDS} words in lower-case ASCII joined by {@code -} (accents dropped, at most
 * {@value #MAX_MADE_LENGTH} characters), with {@code -2}, {@code -3}, ... on a clash.
 *
 * <p>A made id never takes an id the document itself writes validly for another node (the
 * {@code reserved} ids), so a node named {@code a-b} keeps its name even when another node's text
 * "A b" comes first. The caller decides what text an id is made from; Argdown's positional
 * "Untitled N" titles are never it.
 */
public final class IdMaker {

    static final int MAX_WORDS = 5;
    static final int MAX_MADE_LENGTH = 40;

    private final Set<String> taken = new HashSet<>();
    private final Set<String> reserved;
    private final String fallback;

    /**
     * @param reserved ids the document writes validly, which made ids must leave to their nodes
     * @param fallback the id made from a text with no ASCII letter or digit ("node", "statement")
     */
    public IdMaker(Collection<String> reserved, String fallback) {
        this.reserved = Set.copyOf(reserved);
        this.fallback = fallback;
    }

    /** Whether {@code id} is a valid map id: lower-case letters, digits and {@code -}, not too long. */
    public static boolean isValid(String id) {
        return id.length() <= MapReader.MAX_ID_LENGTH && MapReader.ID.matcher(id).matches();
    }

    /**
     * A new id for a node written as {@code written}: {@code written} itself when it is a valid id
     * not yet taken, else one made from {@code text}. Every call takes a new id.
     */
    public String take(String written, String text) {
        if (isValid(written) && taken.add(written)) {
            return written;
        }
        String base = isValid(written) ? written : slug(text, fallback);
        String id = base;
        for (int n = 2; taken.contains(id) || reserved.contains(id); n++) {
            id = base + "-" + n;
        }
        taken.add(id);
        return id;
    }

    /** The first words of {@code text} as an id, or {@code fallback} when it has no ASCII letter or digit. */
    public static String slug(String text, String fallback) {
        String slug = String.join("-", words(text).stream().limit(MAX_WORDS).toList());
        if (slug.length() > MAX_MADE_LENGTH) {
            slug = slug.substring(0, MAX_MADE_LENGTH).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? fallback : slug;
    }

    /**
     * The words of {@code text} in lower-case ASCII, accents dropped ("Fleischküche ist" is
     * {@code fleischkuche}, {@code ist}); characters that are no ASCII letter or digit separate words.
     */
    public static List<String> words(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : ascii.split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }
}
