package org.argmap.render.engine;

/** Graphviz ran but did not produce a drawing: it rejected the DOT, crashed or timed out. */
public sealed class RenderException extends EngineException permits TimeLimitException {

    /** @param message what went wrong, including Graphviz's own error text when there is one */
    public RenderException(String message) {
        super(message, null);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
