package org.argmap.render.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * Lays out a graph written in Graphviz DOT and draws it as SVG.
 *
 * <p>Implementations are interchangeable: native Graphviz ({@link NativeDotEngine}) and Graphviz
 * compiled to WebAssembly and run by the pure-Java Chicory ({@link WasmGraphvizEngine}), the
 * embedded engine. Callers pick one through {@link EngineSelector}.
 *
 * <p>Contract: {@link #draw} and {@link #renderSvg} may be called any number of times and from
 * any thread, also at once; an engine never writes to the process's stdout or stderr; every
 * failure of Graphviz is an {@link EngineException} with a message that can be shown to the user
 * as it is. Rendering after {@link #close} throws {@link IllegalStateException}.
 */
public interface Engine extends AutoCloseable {

    /** The short name the user chose it by, as in {@code --engine native}: "native" or "embedded". */
    String name();

    /** One line for humans saying what does the layout, e.g. "Graphviz dot at /usr/bin/dot". */
    String description();

    /** Longest a drawing may take when the caller gives no limit ({@link #renderSvg}). */
    Duration DEFAULT_LIMIT = Duration.ofSeconds(60);

    /**
     * Lays out {@code dot} and returns a complete SVG document (XML declaration included), within
     * {@link #DEFAULT_LIMIT}; Graphviz's warnings are dropped. For callers that show warnings or
     * set the limit, {@link #draw}.
     *
     * @throws RenderException if Graphviz rejects the input, fails or takes too long
     * @throws EngineUnavailableException if the engine cannot be started at all
     */
    default String renderSvg(String dot) {
        return draw(dot, DEFAULT_LIMIT).svg();
    }

    /**
     * Lays out {@code dot} and draws it as SVG, with Graphviz's warnings, stopping Graphviz once
     * it has taken {@code limit}.
     *
     * @param limit how long Graphviz may take; {@link Duration#ZERO} for no limit
     * @throws TimeLimitException if Graphviz was stopped at {@code limit}
     * @throws RenderException if Graphviz rejects the input or fails
     * @throws EngineUnavailableException if the engine cannot be started at all
     */
    Drawing draw(String dot, Duration limit);

    /** Releases the engine's process-wide resources; rendering afterwards is an error. */
    @Override
    void close();

    /**
     * The version of Graphviz that lays out, e.g. "16.1.0", as its SVG names it; empty if the
     * engine cannot tell. A diagram's stamp records it, so that {@code render --check} can say
     * that a diagram is stale because the engine's Graphviz changed.
     */
    Optional<String> graphvizVersion();
}
