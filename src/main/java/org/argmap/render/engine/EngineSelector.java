package org.argmap.render.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns {@code --engine auto|native|embedded} into a running {@link Engine}, or explains why
 * there is none.
 *
 * <ul>
 *   <li>{@code auto}: native Graphviz if {@code dot} is on PATH, else the embedded engine.
 *   <li>{@code native}: {@code dot} on PATH, else {@link EngineUnavailableException}.
 *   <li>{@code embedded}: the embedded engine, Graphviz as WebAssembly, which runs wherever Java
 *       does.
 * </ul>
 *
 * <p>The search for {@code dot} and the two engine constructors are passed in, so the decision can
 * be tested without starting anything.
 */
public final class EngineSelector {

    private final Supplier<Optional<Path>> dotLocator;
    private final Function<Path, Engine> nativeEngine;
    private final Supplier<Engine> embeddedEngine;

    /**
     * @param dotLocator finds {@code dot}, typically on PATH
     * @param nativeEngine makes a native engine for the {@code dot} found
     * @param embeddedEngine starts the embedded engine; may itself throw {@link EngineUnavailableException}
     */
    public EngineSelector(Supplier<Optional<Path>> dotLocator, Function<Path, Engine> nativeEngine,
            Supplier<Engine> embeddedEngine) {
        this.dotLocator = Objects.requireNonNull(dotLocator, "dotLocator");
        this.nativeEngine = Objects.requireNonNull(nativeEngine, "nativeEngine");
        this.embeddedEngine = Objects.requireNonNull(embeddedEngine, "embeddedEngine");
    }

    /** A selector for this process: its PATH, and the real engines. */
    public static EngineSelector forThisProcess() {
        Platform platform = Platform.current();
        return new EngineSelector(() -> ExecutableSearch.findOnPath("dot", platform), NativeDotEngine::new,
                WasmGraphvizEngine::start);
    }

    /**
     * The engine for {@code choice}, started (the embedded one starts in the background).
     *
     * @throws EngineUnavailableException naming what is missing and how to install Graphviz
     */
    public Engine select(EngineChoice choice) {
        return switch (Objects.requireNonNull(choice, "choice")) {
            case NATIVE -> nativeEngine.apply(dotLocator.get().orElseThrow(() -> new EngineUnavailableException(
                    "--engine native needs Graphviz's 'dot' program, and there is none on PATH."
                    + " Without --engine native, argmap draws with its embedded engine, which needs nothing installed.")));
            case EMBEDDED -> embeddedEngine.get();
            case AUTO -> {
                Optional<Path> dot = dotLocator.get();
                yield dot.isPresent() ? nativeEngine.apply(dot.get()) : embeddedEngine.get();
            }
        };
    }
}
