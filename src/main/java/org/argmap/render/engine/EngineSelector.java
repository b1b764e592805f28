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
 *   <li>{@code auto}: native Graphviz if {@code dot} is on PATH, else the embedded engine where it
 *       is bundled (Linux x86-64), else {@link EngineUnavailableException}.
 *   <li>{@code native}: {@code dot} on PATH, else {@link EngineUnavailableException}.
 *   <li>{@code embedded}: the embedded engine, else {@link EngineUnavailableException}.
 * </ul>
 *
 * <p>The platform, the search for {@code dot} and the two engine constructors are passed in, so
 * the decision can be tested for any platform without starting anything.
 */
public final class EngineSelector {

    private final Platform platform;
    private final Supplier<Optional<Path>> dotLocator;
    private final Function<Path, Engine> nativeEngine;
    private final Supplier<Engine> embeddedEngine;

    /**
     * @param platform decides whether an embedded engine can exist here
     * @param dotLocator finds {@code dot}, typically on PATH
     * @param nativeEngine makes a native engine for the {@code dot} found
     * @param embeddedEngine starts the embedded engine; may itself throw {@link EngineUnavailableException}
     */
    public EngineSelector(Platform platform, Supplier<Optional<Path>> dotLocator,
            Function<Path, Engine> nativeEngine, Supplier<Engine> embeddedEngine) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.dotLocator = Objects.requireNonNull(dotLocator, "dotLocator");
        this.nativeEngine = Objects.requireNonNull(nativeEngine, "nativeEngine");
        this.embeddedEngine = Objects.requireNonNull(embeddedEngine, "embeddedEngine");
    }

    /**
     * Not an option for users: {@code -Dargmap.embedded=wasm} makes the embedded engine
     * {@link WasmGraphvizEngine} instead of J2V8, so the two can be measured side by side until
     * the WebAssembly engine replaces J2V8 (issue 10).
     */
    static final String EMBEDDED_PROPERTY = "argmap.embedded";

    /** A selector for this process: its platform and PATH, real engines, the cache from {@link CacheDirectory}. */
    public static EngineSelector forThisProcess() {
        Platform platform = Platform.current();
        boolean wasm = "wasm".equals(System.getProperty(EMBEDDED_PROPERTY));
        return new EngineSelector(platform,
                () -> ExecutableSearch.findOnPath("dot", platform),
                NativeDotEngine::new,
                wasm ? WasmGraphvizEngine::start : () -> EmbeddedEngine.start(CacheDirectory.forThisProcess()));
    }

    /**
     * The engine for {@code choice}, started (the embedded one starts in the background).
     *
     * @throws EngineUnavailableException naming what is missing and how to install Graphviz
     */
    public Engine select(EngineChoice choice) {
        return switch (Objects.requireNonNull(choice, "choice")) {
            case NATIVE -> nativeEngine.apply(dotLocator.get().orElseThrow(() -> new EngineUnavailableException(
                    "--engine native needs Graphviz's 'dot' program, and there is none on PATH.")));
            case EMBEDDED -> embedded("--engine embedded is not available on " + platform
                    + ": the embedded engine is bundled for Linux x86-64 only. Use native Graphviz instead.");
            case AUTO -> {
                Optional<Path> dot = dotLocator.get();
                yield dot.isPresent()
                        ? nativeEngine.apply(dot.get())
                        : embedded("No Graphviz engine is available: 'dot' is not on PATH, and the embedded engine"
                                + " is bundled for Linux x86-64 only (this is " + platform + ").");
            }
        };
    }

    private Engine embedded(String unavailableMessage) {
        if (!platform.isLinuxX86_64()) {
            throw new EngineUnavailableException(unavailableMessage);
        }
        return embeddedEngine.get();
    }
}
