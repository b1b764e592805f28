package org.argmap.render.engine;

/**
 * A failure of the Graphviz layer. The message is complete and meant for the user as it is; the
 * command line prints it without a stack trace.
 */
public abstract sealed class EngineException extends RuntimeException
        permits EngineUnavailableException, RenderException {

    EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
