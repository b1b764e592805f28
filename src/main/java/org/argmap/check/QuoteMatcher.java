package org.argmap.check;

import java.util.Arrays;
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

    private final Normalised source;

    QuoteMatcher(String source) {
        this.source = Normalised.of(Objects.requireNonNull(source, "source"));
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
}
