/**
 * Runs Graphviz: DOT text in, SVG text out, through an interchangeable {@link
 * org.argmap.render.engine.Engine}.
 *
 * <p>Use: {@code EngineSelector.forThisProcess().select(EngineChoice.AUTO)} gives native Graphviz
 * when {@code dot} is on PATH, otherwise the embedded engine (J2V8, Linux x86-64 only); when
 * neither exists it throws {@link org.argmap.render.engine.EngineUnavailableException}, whose
 * message says how to install Graphviz. Rendering failures are
 * {@link org.argmap.render.engine.RenderException}s. Both are
 * {@link org.argmap.render.engine.EngineException}s with messages meant for the user.
 *
 * <p>Engines print nothing: native {@code dot}'s stderr is captured, J2V8's library is patched so
 * that the JVM does not warn about it, and graphviz-java's slf4j logging goes to slf4j-nop. Files
 * are kept only in {@link org.argmap.render.engine.CacheDirectory}.
 *
 * <p>{@link org.argmap.render.engine.WasmGraphvizEngine} is Graphviz 16 as WebAssembly, compiled
 * to JVM classes in {@code org.argmap.render.engine.wasm} when argmap is built; until it replaces
 * J2V8 it is chosen only with {@code -Dargmap.embedded=wasm}, for measuring.
 *
 * <p>This package depends on graphviz-java (J2V8 engine only), on Chicory (WebAssembly engine
 * only) and on nothing else in argmap.
 */
package org.argmap.render.engine;
