package org.argmap.cli;

import java.util.Optional;
import org.argmap.pipeline.DrawingStamp;
import org.argmap.render.engine.EngineChoice;

/**
 * Compares a diagram on disk with a fresh drawing of its map, as {@code render --check} does, and
 * says why they differ.
 *
 * <p>The comparison is of the whole text, byte for byte, except that CRLF line ends count as LF
 * (git may convert them on checkout; the drawing is the same). The reason uses the
 * {@link DrawingStamp}s of both: another engine, another Graphviz in the same engine, another
 * map, or the same map drawn differently.
 */
final class DiagramComparison {

    /** Why a diagram without a {@link DrawingStamp} is stale: a fresh drawing always has one. */
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
        DrawingStamp now = DrawingStamp.readFrom(fresh)
                .orElseThrow(() -> new IllegalArgumentException("the fresh drawing carries no stamp"));
        Optional<DrawingStamp> then = DrawingStamp.readFrom(onDisk);
        if (then.isEmpty()) {
            return Optional.of(UNSTAMPED);
        }
        if (!then.get().engine().equals(now.engine())) {
            return Optional.of("drawn by the " + then.get().engine() + " engine; the " + now.engine()
                    + " engine, used to check it, lays it out differently");
        }
        boolean mapChanged = !then.get().dotSha256().equals(now.dotSha256());
        Optional<String> versionThen = then.get().drawnBy(onDisk);
        Optional<String> versionNow = now.drawnBy(fresh);
        if (!versionThen.equals(versionNow)) {
            return Optional.of(engineChanged(now.engine(), versionThen, versionNow)
                    + (mapChanged ? "; " + map + " changed since, too" : "; " + map + " is unchanged"));
        }
        if (mapChanged) {
            return Optional.of(map + " changed since it was drawn, or its drawing settings did");
        }
        return Optional.of(map + " is unchanged, but the diagram differs from a fresh drawing by the same engine"
                + ": edited by hand, or drawn with other fonts");
    }

    /**
     * The same engine, another Graphviz: after an upgrade of argmap (the embedded engine's
     * Graphviz is part of argmap) or of the Graphviz installed here (native). Every diagram the
     * old one drew is stale, and the message says so rather than blaming the map.
     */
    private static String engineChanged(String engine, Optional<String> versionThen, Optional<String> versionNow) {
        String here = engine.equals(EngineChoice.EMBEDDED.cliName())
                ? "this argmap's embedded engine" : "the " + engine + " engine here";
        return "drawn by " + engine + " Graphviz " + versionThen.orElse("(version unknown)") + ", and " + here
                + " is Graphviz " + versionNow.orElse("(version unknown)");
    }

    private static String unixLineEnds(String text) {
        return text.replace("\r\n", "\n");
    }
}
