/**
 * Runs Graphviz: DOT text in, SVG text out, through an interchangeable {@link
 * org.argmap.render.engine.Engine}.
 *
 * <p>Use: {@code EngineSelector.forThisProcess().select(EngineChoice.AUTO)} gives native Graphviz
 * when {@code dot} is on PATH, otherwise the embedded engine, {@link
 * org.argmap.render.engine.WasmGraphvizEngine}: Graphviz as WebAssembly, compiled to JVM classes in
 * {@code org.argmap.render.engine.wasm} when argmap is built, so it runs wherever Java 17 does.
 * Only {@code --engine native} on a machine without {@code dot} throws {@link
 * org.argmap.render.engine.EngineUnavailableException}, whose message says how to install
 * Graphviz. Rendering failures are {@link org.argmap.render.engine.RenderException}s. Both are
 * {@link org.argmap.render.engine.EngineException}s with messages meant for the user.
 *
 * <p>Engines print nothing: native {@code dot}'s stderr is captured, and the WebAssembly engine's
 * Graphviz writes to buffers. Neither writes files: native {@code dot} reads the DOT on its stdin,
 * and the WebAssembly engine has no file system and an empty environment.
 *
 * <p>This package depends on Chicory (WebAssembly engine only) and on nothing else outside the
 * JDK, argmap included.
 */
package org.argmap.render.engine;
