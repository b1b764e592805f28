package org.argmap.render.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded engine as {@code --engine embedded} gets it: Graphviz as WebAssembly, on every
 * platform. How that engine draws, fails and stops is in {@link WasmGraphvizEngineTest}.
 */
class EmbeddedEngineTest {

    private static Engine engine;

    @BeforeAll
    static void start() {
        engine = EngineSelector.forThisProcess().select(EngineChoice.EMBEDDED);
    }

    @AfterAll
    static void stop() {
        engine.close();
    }

    @Test
    void isTheWebAssemblyEngineWhateverThePlatform() {
        assertTrue(engine instanceof WasmGraphvizEngine, engine.description());
        assertEquals(Optional.of(GraphvizWasmInstance.GRAPHVIZ_VERSION), engine.graphvizVersion());
    }
}
