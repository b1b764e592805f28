package org.argmap.render;

import org.argmap.render.DiagramOptions.Direction;

/**
 * Where a perspective's name goes on its band: the top-left corner in every direction, where a
 * reader of a left-to-right script starts.
 *
 * <p>Graphviz reads {@code labelloc} and {@code labeljust} in the graph's own frame and turns
 * them with {@code rankdir}: with {@code rankdir=RL} "right" lands at the left, with
 * {@code rankdir=BT} "bottom" lands at the top. Measured with the embedded engine (cluster label
 * against cluster box in the SVG); {@code DrawnLayoutTest} measures it again:
 *
 * <pre>
 * reading direction   rankdir   labelloc  labeljust   lands at
 * LR (default)        RL        t         r           top-left
 * RL                  LR        t         l           top-left
 * TB                  BT        b         l           top-left
 * BT                  TB        t         l           top-left
 * </pre>
 */
record ClusterLabel(String labelloc, String labeljust) {

    static ClusterLabel topLeft(Direction direction) {
        return switch (direction) {
            case LR -> new ClusterLabel("t", "r");
            case RL -> new ClusterLabel("t", "l");
            case TB -> new ClusterLabel("b", "l");
            case BT -> new ClusterLabel("t", "l");
        };
    }
}
