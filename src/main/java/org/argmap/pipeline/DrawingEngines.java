package org.argmap.pipeline;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineSelector;
import org.argmap.render.engine.EngineUnavailableException;

/**
 * The engines {@code render} and {@code render --check} draw diagrams with.
 *
 * <p>Layouts differ between engines, so a diagram can only be checked against a drawing by the
 * engine that made it, and redrawing it with another engine changes it for no reason. With
 * {@code --engine auto}, each diagram is drawn by the engine named in the {@link DrawingStamp} of
 * its existing file when that engine is available here, otherwise (and for a diagram not drawn
 * before) by the one {@code auto} picks; under {@code --check} the diagram then shows as stale, and
 * the user is told why. A named {@code --engine} is used for every diagram. Each engine starts
 * once, on first need, and stays until {@link #close}.
 */
public final class DrawingEngines implements AutoCloseable {

    private final EngineSelector selector;
    private final EngineChoice choice;
    private final Map<EngineChoice, Engine> started = new EnumMap<>(EngineChoice.class);
    private final Map<EngineChoice, EngineUnavailableException> unavailable = new EnumMap<>(EngineChoice.class);
    private final Set<String> used = new LinkedHashSet<>();

    public DrawingEngines(EngineSelector selector, EngineChoice choice) {
        this.selector = Objects.requireNonNull(selector, "selector");
        this.choice = Objects.requireNonNull(choice, "choice");
    }

    /**
     * Starts, in the background where the engine allows, the engine a diagram with this stamp will
     * need, so that it is ready once the maps are checked. An engine that cannot start is reported
     * only if a diagram really needs it.
     */
    public void prepare(Optional<DrawingStamp> stamp) {
        try {
            engineFor(stamp);
        } catch (EngineUnavailableException e) {
            // kept in 'unavailable'; forDiagram throws it if the diagram is still to be checked
        }
    }

    /**
     * The engine to redraw a diagram with this stamp.
     *
     * @throws EngineUnavailableException if neither that engine nor a fallback can run here
     */
    public Engine forDiagram(Optional<DrawingStamp> stamp) {
        Engine engine = engineFor(stamp);
        used.add(engine.name());
        return engine;
    }

    /** The names of the engines that drew something, in the order first used. */
    public List<String> used() {
        return List.copyOf(used);
    }

    /** Engines named in stamps that cannot run here, so that another engine redrew their diagrams. */
    public List<String> unavailableStamped() {
        return unavailable.keySet().stream().filter(c -> c != EngineChoice.AUTO).map(EngineChoice::cliName).toList();
    }

    private Engine engineFor(Optional<DrawingStamp> stamp) {
        EngineChoice wanted = choice == EngineChoice.AUTO ? stamp.map(DrawingEngines::stampedChoice).orElse(choice) : choice;
        try {
            return select(wanted);
        } catch (EngineUnavailableException e) {
            if (wanted == choice) {
                throw e;
            }
            return select(EngineChoice.AUTO);
        }
    }

    private static EngineChoice stampedChoice(DrawingStamp stamp) {
        try {
            return EngineChoice.fromCliName(stamp.engine());
        } catch (IllegalArgumentException e) {
            return EngineChoice.AUTO;
        }
    }

    private Engine select(EngineChoice wanted) {
        Engine known = started.get(wanted);
        if (known != null) {
            return known;
        }
        EngineUnavailableException failed = unavailable.get(wanted);
        if (failed != null) {
            throw failed;
        }
        Engine engine;
        try {
            engine = selector.select(wanted);
        } catch (EngineUnavailableException e) {
            unavailable.put(wanted, e);
            throw e;
        }
        // 'auto' may pick an engine that is already running under its own name: use that one
        EngineChoice concrete = EngineChoice.fromCliName(engine.name());
        Engine running = started.get(concrete);
        if (running != null && running != engine) {
            engine.close();
            engine = running;
        }
        started.put(concrete, engine);
        started.put(wanted, engine);
        return engine;
    }

    @Override
    public void close() {
        new LinkedHashSet<>(started.values()).forEach(Engine::close);
    }
}
