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

    public LoadLimits {
        if (maxBytes < 1 || maxNestingDepth < 8 || maxScalarLength < 1) {
            throw new IllegalArgumentException("limits too small: " + maxBytes + ", " + maxNestingDepth + ", " + maxScalarLength);
        }
    }
}
