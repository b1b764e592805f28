package org.argmap.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds quotes in one source text the way the map format defines a match: differences of white
 * space, of straight versus curly quotes and apostrophes, and of dash forms are ignored; words and
 * case are not. Built once per source text; immutable.
 *
 * <p>Decisions the format leaves open, taken here as a map author would expect:
 * <ul>
 *   <li>Runs of white space (including no-break and other Unicode spaces, and line breaks) count
 *       as one space; white space at either end of the quote is ignored.</li>
 *   <li>All dash forms (hyphen, non-breaking hyphen, figure, en and em dash, horizontal bar, minus
 *       sign) are one dash; a run of dashes counts as one ({@code --} matches an em dash), and
 *       white space next to a dash is ignored ({@code 2004 - the} matches {@code 2004—the}).</li>
 *   <li>Invisible characters (zero-width space, word joiner, byte order mark, soft hyphen) are
 *       ignored.</li>
 *   <li>A quote matches whole words only: it may not start or end in the middle of a word of the
 *       source, since a cut word is a different word.</li>
 * </ul>
 *
 * <p>For a quote that is not in the source, {@link #closest} finds the passage most like it, word
 * by word, to show the author what the source really says.
 */
final class QuoteMatcher {

    /** A passage of the source text, as offsets into the original (not normalised) text. */
    record Passage(int start, int end) {
        Passage {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad passage " + start + ".." + end);
            }
        }
    }

    /**
     * The passage of the source most like a quote that is not in it.
     *
     * @param passage   the source's words that line up with the quote's, in the original text
     * @param excerpt   the passage with a few words around it, on one line, as the source writes
     *                  it (curly quotes and all), with {@code …} where the source goes on
     * @param sameWords whether the passage has the quote's very words, only with other capitals or
     *                  punctuation
     */
    record Closest(Passage passage, String excerpt, boolean sameWords) {
        Closest {
            Objects.requireNonNull(passage, "passage");
            Objects.requireNonNull(excerpt, "excerpt");
        }
    }

    /** Words of the source shown on either side of the closest passage. */
    private static final int CONTEXT_WORDS = 2;
    /** Longest run of punctuation or letters added to an excerpt to reach the next space. */
    private static final int MAX_WIDENING = 20;

    private final String original;
    private final Normalised source;
    private final Map<String, Integer> wordIds = new HashMap<>();
    private final Words sourceWords;
    /** Weight of each source word for {@link WordAlignment}, by word number: the rarer, the heavier. */
    private final int[] weightById;
    /** Weight of a quote's word that the source does not have: as heavy as the rarest. */
    private final int unknownWeight;
    private final WordAlignment.Weighted weightedSource;

    QuoteMatcher(String source) {
        this.original = Objects.requireNonNull(source, "source");
        this.source = Normalised.of(source);
        this.sourceWords = Words.of(this.source, wordIds, true);
        int[] counts = new int[wordIds.size()];
        for (int id : sourceWords.ids()) {
            counts[id]++;
        }
        int total = sourceWords.size();
        this.weightById = Arrays.stream(counts).map(count -> weight(count, total)).toArray();
        this.unknownWeight = weight(1, total);
        this.weightedSource = weighted(sourceWords);
    }

    /**
     * Inverse document frequency, over the source's words: "the" weighs little, a word used once
     * much. In thousandths, computed with {@link StrictMath} so every machine gets the same numbers.
     */
    private static int weight(int count, int totalWords) {
        return (int) Math.round(1000 * StrictMath.log(1 + (totalWords + 1.0) / count));
    }

    private WordAlignment.Weighted weighted(Words words) {
        int[] weights = Arrays.stream(words.ids()).map(id -> id >= 0 ? weightById[id] : unknownWeight).toArray();
        return new WordAlignment.Weighted(words.ids(), weights);
    }

    boolean contains(String quote) {
        return find(quote).isPresent();
    }

    /** The first passage of the source that the quote matches. */
    Optional<Passage> find(String quote) {
        String wanted = Normalised.of(quote).text();
        if (wanted.isEmpty()) {
            return Optional.of(new Passage(0, 0));
        }
        String text = source.text();
        for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) {
            int end = at + wanted.length();
            if (wholeWords(text, at, end)) {
                return Optional.of(new Passage(source.origin(at), source.origin(end - 1) + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The passage of the source most like {@code quote}, comparing words without regard to case
     * or punctuation, if it has at least half of the quote (by weight: rare words count for more
     * than common ones) unchanged and in order. Meant for quotes that {@link #find} does not find.
     * Deterministic; costs the number of source words times the number of quote words.
     */
    Optional<Closest> closest(String quote) {
        Words quoteWords = Words.of(Normalised.of(quote), wordIds, false);
        return WordAlignment.closeEnough(weightedSource, weighted(quoteWords))
                .map(found -> new Closest(
                        new Passage(sourceWords.start(found.start()), sourceWords.end(found.end() - 1)),
                        excerpt(found.start(), found.end()),
                        found.cost() == 0));
    }

    /** Source words {@code [first, end)} with context, on one line, with an ellipsis where the source goes on. */
    private String excerpt(int first, int end) {
        int from = sourceWords.start(Math.max(0, first - CONTEXT_WORDS));
        int to = sourceWords.end(Math.min(sourceWords.size(), end + CONTEXT_WORDS) - 1);
        // whole chunks between spaces, so that quote marks and punctuation next to a word stay on it
        int leftLimit = Math.max(0, from - MAX_WIDENING);
        while (from > leftLimit && !Normalised.isSpace(original.charAt(from - 1))) {
            from--;
        }
        int rightLimit = Math.min(original.length(), to + MAX_WIDENING);
        while (to < rightLimit && !Normalised.isSpace(original.charAt(to))) {
            to++;
        }
        String passage = original.substring(from, to).replaceAll("[\\s\\p{Z}]+", " ");
        boolean cutBefore = !original.substring(0, from).isBlank();
        boolean cutAfter = !original.substring(to).isBlank();
        return (cutBefore ? "\u2026 " : "") + passage + (cutAfter ? " \u2026" : "");
    }

    /** Text as the matcher compares it, for tests and for showing what was compared. */
    static String normalise(String text) {
        return Normalised.of(text).text();
    }

    private static boolean wholeWords(String text, int start, int end) {
        boolean cutAtStart = start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start));
        boolean cutAtEnd = end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end));
        return !cutAtStart && !cutAtEnd;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    /** Normalised text plus, for each of its characters, the offset it came from. */
    private static final class Normalised {
        private final String text;
        private final int[] origins;

        private Normalised(String text, int[] origins) {
            this.text = text;
            this.origins = origins;
        }

        String text() {
            return text;
        }

        int origin(int index) {
            return origins[index];
        }

        static Normalised of(String raw) {
            StringBuilder out = new StringBuilder(raw.length());
            int[] origins = new int[raw.length()];
            int pendingSpaceAt = -1;
            for (int i = 0; i < raw.length(); i++) {
                char c = raw.charAt(i);
                if (isInvisible(c)) {
                    continue;
                }
                if (isSpace(c)) {
                    boolean afterDash = out.length() > 0 && out.charAt(out.length() - 1) == '-';
                    if (out.length() > 0 && !afterDash && pendingSpaceAt < 0) {
                        pendingSpaceAt = i;
                    }
                    continue;
                }
                char folded = fold(c);
                if (folded == '-') {
                    pendingSpaceAt = -1;
                    if (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
                        continue;
                    }
                } else if (pendingSpaceAt >= 0) {
                    origins[out.length()] = pendingSpaceAt;
                    out.append(' ');
                    pendingSpaceAt = -1;
                }
                origins[out.length()] = i;
                out.append(folded);
            }
            return new Normalised(out.toString(), Arrays.copyOf(origins, out.length()));
        }

        private static boolean isSpace(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private static boolean isInvisible(char c) {
            return c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
        }

        private static char fold(char c) {
            switch (c) {
                case '\u2018': case '\u2019': case '\u201A': case '\u201B': case '\u2032': case '\u02BC':
                    return '\'';
                case '\u201C': case '\u201D': case '\u201E': case '\u201F': case '\u2033':
                    return '"';
                case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015':
                case '\u2212': case '\uFE58': case '\uFE63': case '\uFF0D':
                    return '-';
                default:
                    return c;
            }
        }
    }

    /**
     * The words of a normalised text as numbers for {@link WordAlignment}, with where each lies in
     * the original text. A word is a run of letters, digits and inner apostrophes, compared
     * without regard to case, so {@code Distrust,} and {@code distrust} are the same word.
     */
    private record Words(int[] ids, int[] starts, int[] ends) {

        /**
         * @param dictionary word numbers shared by the texts to be compared
         * @param extend     whether new words join the dictionary; a quote's words that the source
         *                   does not have get numbers no source word has
         */
        static Words of(Normalised text, Map<String, Integer> dictionary, boolean extend) {
            String chars = text.text();
            int[] ids = new int[chars.length()];
            int[] starts = new int[chars.length()];
            int[] ends = new int[chars.length()];
            int count = 0;
            int unknown = -1;
            int i = 0;
            while (i < chars.length()) {
                if (!isWordPart(chars.charAt(i))) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < chars.length() && isWordPart(chars.charAt(i))) {
                    i++;
                }
                int end = i;
                while (start < end && chars.charAt(start) == '\'') {
                    start++;
                }
                while (end > start && chars.charAt(end - 1) == '\'') {
                    end--;
                }
                if (start == end) {
                    continue;
                }
                String word = chars.substring(start, end).toLowerCase(Locale.ROOT);
                Integer id = dictionary.get(word);
                if (id == null && extend) {
                    id = dictionary.size();
                    dictionary.put(word, id);
                }
                ids[count] = id != null ? id : unknown--;
                starts[count] = text.origin(start);
                ends[count] = text.origin(end - 1) + 1;
                count++;
            }
            return new Words(Arrays.copyOf(ids, count), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
        }

        private static boolean isWordPart(char c) {
            return Character.isLetterOrDigit(c) || c == '\'';
        }

        int size() {
            return ids.length;
        }

        int start(int word) {
            return starts[word];
        }

        int end(int word) {
            return ends[word];
        }
    }
}
