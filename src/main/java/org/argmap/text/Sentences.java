package org.argmap.text;

/** Small changes that turn a phrase into a sentence. */
public final class Sentences {

    private Sentences() {
    }

    /** {@code phrase} with its first letter in upper case: "strengths ..." becomes "Strengths ...". */
    public static String capitalized(String phrase) {
        if (phrase.isEmpty()) {
            return phrase;
        }
        int first = phrase.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(phrase, Character.charCount(first), phrase.length()).toString();
    }
}
