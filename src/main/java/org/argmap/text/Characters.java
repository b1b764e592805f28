package org.argmap.text;

import java.util.Locale;

/**
 * Kinds of characters that text from a map must not carry unseen into a terminal, a diagram or a
 * page: line separators, bidi controls, invisible characters, and what XML cannot hold. One list
 * for every stage, so the terminal's escaping, the diagram's and the page's name the same
 * characters.
 */
public final class Characters {

    private Characters() {
    }

    /** U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR, which some viewers break lines at. */
    public static boolean isLineSeparator(int codePoint) {
        return codePoint == 0x2028 || codePoint == 0x2029;
    }

    /** A bidi control: a mark, or one of the {@link #isBidiOverride embeddings, overrides and isolates}. */
    public static boolean isBidiControl(int codePoint) {
        return codePoint == 0x061c || codePoint == 0x200e || codePoint == 0x200f || isBidiOverride(codePoint);
    }

    /**
     * An explicit bidi embedding, override or isolate (U+202A to U+202E, U+2066 to U+2069): the
     * characters that make text display in another order than it is stored, so that "evil" can
     * be drawn as "live".
     */
    public static boolean isBidiOverride(int codePoint) {
        return (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069);
    }

    /**
     * {@code text} with each {@link #isBidiOverride bidi embedding, override or isolate} written
     * as its escape (<code>&#92;u202e</code>) and everything else as it is: for diagrams and pages, which
     * lay out line breaks and scripts themselves but must not let a statement display in another
     * order than it is stored. Ordinary Arabic and Hebrew text, which needs no such control, is
     * untouched, and so are the bidi marks (U+200E, U+200F, U+061C), which only settle where
     * neutral characters such as punctuation go.
     */
    public static String showingBidiOverrides(String text) {
        if (text.chars().noneMatch(Characters::isBidiOverride)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            if (isBidiOverride(c)) {
                out.append(String.format(Locale.ROOT, "\\u%04x", c));
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }

    /**
     * A character that shows nothing and has no business in a map's ids or prose: zero-width
     * space, word joiner and the invisible operators, soft hyphen, combining grapheme joiner, the
     * Hangul fillers, the Mongolian vowel separator, the deprecated format characters, a byte
     * order mark, the interlinear annotation characters and the tag characters. The
     * {@link #isJoiner joiners} are not among them: they belong inside emoji and words of several
     * scripts and do nothing to a terminal.
     */
    public static boolean isInvisible(int codePoint) {
        return codePoint == 0x00ad || codePoint == 0x034f || codePoint == 0x115f || codePoint == 0x1160
                || codePoint == 0x17b4 || codePoint == 0x17b5 || codePoint == 0x180e || codePoint == 0x200b
                || (codePoint >= 0x2060 && codePoint <= 0x2064) || (codePoint >= 0x206a && codePoint <= 0x206f)
                || codePoint == 0x3164 || codePoint == 0xfeff || codePoint == 0xffa0
                || (codePoint >= 0xfff9 && codePoint <= 0xfffb)
                || (codePoint >= 0xe0000 && codePoint <= 0xe007f);
    }

    /**
     * U+200C ZERO WIDTH NON-JOINER and U+200D ZERO WIDTH JOINER: invisible, and legitimate inside
     * emoji sequences and in Persian and Indic words, so printed as they are.
     */
    public static boolean isJoiner(int codePoint) {
        return codePoint == 0x200c || codePoint == 0x200d;
    }

    /**
     * Whether XML 1.0 can carry the code point: tab, line feed, carriage return and everything
     * from U+0020 on, except surrogates (alone, as YAML escapes can write them), U+FFFE and U+FFFF.
     */
    public static boolean isXmlCharacter(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || (codePoint >= 0x20 && codePoint < 0xD800) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
                || codePoint >= 0x10000;
    }
}
