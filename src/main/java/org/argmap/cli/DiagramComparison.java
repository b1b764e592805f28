package org.argmap.cli;

import java.util.Optional;

/**
 * Compares a diagram on disk with a fresh drawing of its map, as {@code render --check} does, and
 * says why they differ.
 *
 * <p>The comparison is of the whole text, byte for byte, except that CRLF line ends count as LF
 * (git may convert them on checkout; the drawing is the same). The reason uses the
 * {@link DiagramStamp}s of both: another engine, another map, or the same map drawn differently.
 */
final class DiagramComparison {

    /** Why a diagram without a {@link DiagramStamp} is stale: a fresh drawing always has one. */
    static final String UNSTAMPED = "it has no argmap stamp: drawn by hand or by an older argmap";

    private DiagramComparison() {
    }

    /**
     * Why {@code onDisk} is not {@code fresh}, or nothing when it is.
     *
     * @param onDisk the diagram as found in the output folder, possibly cut short one byte after
     *               the longest an equal diagram could be ({@link OutputFiles#forComparison}), which
     *               keeps it unequal and its stamp, near the top, readable
     * @param fresh  what {@code render} would write now, stamped
     * @param map    the map file as the user named it, for the message
     */
    static Optional<String> whyStale(String onDisk, String fresh, String map) {
        if (unixLineEnds(onDisk).equals(unixLineEnds(fresh))) {
            return Optional.empty();
        }
        DiagramStamp now = DiagramStamp.readFrom(fresh)
                .orElseThrow(() -> new IllegalArgumentException("the fresh drawing carries no stamp"));
        Optional<DiagramStamp> then = DiagramStamp.readFrom(onDisk);
        if (then.isEmpty()) {
            return Optional.of(UNSTAMPED);
        }
        if (!then.get().engine().equals(now.engine())) {
            return Optional.of("drawn by the " + then.get().engine() + " engine; the " + now.engine()
                    + " engine, used to check it, lays it out differently");
        }
        if (!then.get().dotSha256().equals(now.dotSha256())) {
            return Optional.of(map + " changed since it was drawn, or its drawing settings did");
        }
        Optional<String> versionThen = DiagramStamp.graphvizVersion(onDisk);
        Optional<String> versionNow = DiagramStamp.graphvizVersion(fresh);
        if (!versionThen.equals(versionNow)) {
            return Optional.of(map + " is unchanged, but it was drawn by Graphviz " + versionThen.orElse("(unknown)")
                    + " and this " + now.engine() + " engine is Graphviz " + versionNow.orElse("(unknown)"));
        }
        return Optional.of(map + " is unchanged, but the diagram differs from a fresh drawing by the same engine"
                + ": edited by hand, or drawn with other fonts");
    }

    private static String unixLineEnds(String text) {
        return text.replace("\r\n", "\n");
    }
}
