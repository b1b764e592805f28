package org.argmap.pipeline;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Drawing a map took longer than its time budget and was stopped. The front end says which map
 * and what can be done: it stops the whole run, since a map that cannot be drawn in time needs the
 * user to choose (more time, another engine, less of the map).
 */
public final class DrawingTooLong extends RuntimeException {

    private final transient Path map;
    private final Duration budget;

    public DrawingTooLong(Path map, Duration budget) {
        super("drawing " + map + " took longer than " + budget, null, false, false);
        this.map = map;
        this.budget = budget;
    }

    /** The map file as the user named it. */
    public Path map() {
        return map;
    }

    public Duration budget() {
        return budget;
    }
}
