package org.argmap.render.engine;

/**
 * Run in a child JVM by {@link EmbeddedEngineProcessTest}: selects the embedded engine the way
 * the command line will and prints the SVG of {@link Svg#CLUSTER_DOT} to stdout, nothing else.
 */
final class EmbeddedEngineProbe {

    private EmbeddedEngineProbe() {
    }

    public static void main(String[] args) {
        try (Engine engine = EngineSelector.forThisProcess().select(EngineChoice.EMBEDDED)) {
            System.out.print(engine.renderSvg(Svg.CLUSTER_DOT));
        }
    }
}
