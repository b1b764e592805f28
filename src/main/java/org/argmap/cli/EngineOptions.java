package org.argmap.cli;

import org.argmap.render.engine.EngineChoice;
import picocli.CommandLine.Option;

/** Which Graphviz engine {@code render} draws with (a picocli mixin). */
public final class EngineOptions {

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "auto",
            converter = Engines.class, completionCandidates = Engines.class,
            description = "Graphviz engine: auto (native dot if on PATH, else embedded), native or embedded "
                    + "(default: ${DEFAULT-VALUE}).")
    EngineChoice choice;

    /** Reads {@code --engine}. */
    static final class Engines extends ChoiceConverter<EngineChoice> {
        Engines() {
            super(ofEnum("engine", "engines", EngineChoice.class));
        }
    }
}
