package org.argmap.cli;

import java.util.regex.Pattern;

/**
 * Quotes the words of a command argmap suggests (e.g. {@code render --check}'s "run '...'"), so
 * that pasting it into a POSIX shell passes each word through literally: a map named
 * {@code $(touch x);`id`.yaml} is a file name, not a command to run.
 */
final class ShellWords {

    /** Words made only of these need no quotes in any POSIX shell. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@%+,-]+");

    private ShellWords() {
    }

    /**
     * {@code word} as the shell reads it back: as it is when it holds nothing the shell treats
     * specially, else in single quotes, inside which only a single quote needs care ({@code '\''}:
     * close the quotes, an escaped quote, open them again).
     */
    static String quote(String word) {
        if (PLAIN.matcher(word).matches()) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
