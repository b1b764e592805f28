package org.argmap.load;

/**
 * Bounds that keep a hostile or broken file from taking the loader's time or memory. A map far
 * beyond any essay still fits: the defaults allow about 20,000 statements.
 *
 * @param maxBytes        largest file read, in bytes
 * @param maxNestingDepth deepest nesting of mappings and lists; the format itself needs five (top level, a section, an entry, a field, a list)
 * @param maxScalarLength longest single value, in characters
 */
public record LoadLimits(int maxBytes, int maxNestingDepth, int maxScalarLength) {

    public static final LoadLimits DEFAULT = new LoadLimits(4 * 1024 * 1024, 64, 20_000);

    /**
     * Largest source text read for quote checks, in bytes (4 MiB): a long book in plain text
     * (War and Peace is about 3.2 MB) fits; more is not an essay a map could analyse, and would
     * only cost memory and time.
     */
    public static final int MAX_SOURCE_TEXT_BYTES = 4 * 1024 * 1024;

    public LoadLimits {
        if (maxBytes < 1 || maxNestingDepth < 8 || maxScalarLength < 1) {
            throw new IllegalArgumentException("limits too small: " + maxBytes + ", " + maxNestingDepth + ", " + maxScalarLength);
        }
    }
}
