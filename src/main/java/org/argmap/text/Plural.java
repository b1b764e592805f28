package org.argmap.text;

/** A count and its noun, made plural the English way: "1 error", "2 errors", "0 warnings". */
public final class Plural {

    private Plural() {
    }

    /**
     * {@code count} and {@code noun}, with an "s" unless the count is one.
     *
     * @param noun a noun whose plural adds "s" (error, map, statement, file)
     */
    public static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
