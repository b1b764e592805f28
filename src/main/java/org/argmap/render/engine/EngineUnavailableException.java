package org.argmap.render.engine;

/**
 * No engine of the requested kind can run here: {@code --engine native} without {@code dot} on
 * PATH, or an embedded engine that failed to start. The message ends with how to install Graphviz.
 * The command line maps it to exit status 2.
 */
public final class EngineUnavailableException extends EngineException {

    /** How to get native Graphviz, one line per package manager, for the end of messages. */
    public static final String INSTALL_HELP = String.join(System.lineSeparator(),
            "Install Graphviz so that 'dot' is on PATH, for example:",
            "  Debian/Ubuntu:  sudo apt-get install graphviz",
            "  Fedora/RHEL:    sudo dnf install graphviz",
            "  macOS:          brew install graphviz",
            "  Windows:        choco install graphviz",
            "  others:         https://graphviz.org/download/");

    /** @param problem what is missing, one sentence; the install help is appended */
    public EngineUnavailableException(String problem) {
        this(problem, null);
    }

    public EngineUnavailableException(String problem, Throwable cause) {
        super(problem + System.lineSeparator() + INSTALL_HELP, cause);
    }
}
