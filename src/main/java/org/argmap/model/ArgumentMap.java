package org.argmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole map as loaded from one file. Maps keep the order in which ids were written, so every
 * later stage (diagnostics, diagrams) is deterministic and follows the author's order.
 *
 * @param file               the map's file name as given by the user (used in every {@link Location})
 * @param statementsLocation where the {@code statements} key was written (for findings about the
 *                           statements as a whole, such as a missing thesis)
 * @param render             the map's own drawing settings; {@link RenderSettings#NONE} when it has none
 * @param unread             the statements and arguments the loader could not read; {@link Unread#NONE}
 *                           when it read them all
 */
public record ArgumentMap(
        String file,
        int version,
        Optional<Text> title,
        Source source,
        Map<String, Perspective> perspectives,
        Map<String, Statement> statements,
        Map<String, Argument> arguments,
        Expectations expect,
        Location statementsLocation,
        RenderSettings render,
        Unread unread) {

    public ArgumentMap {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        perspectives = ordered(perspectives);
        statements = ordered(statements);
        arguments = ordered(arguments);
        Objects.requireNonNull(expect, "expect");
        Objects.requireNonNull(statementsLocation, "statementsLocation");
        Objects.requireNonNull(render, "render");
        Objects.requireNonNull(unread, "unread");
    }

    /** A map whose every statement and argument was read. */
    public ArgumentMap(String file, int version, Optional<Text> title, Source source,
                       Map<String, Perspective> perspectives, Map<String, Statement> statements,
                       Map<String, Argument> arguments, Expectations expect, Location statementsLocation,
                       RenderSettings render) {
        this(file, version, title, source, perspectives, statements, arguments, expect, statementsLocation, render,
                Unread.NONE);
    }

    /** A map without drawing settings. */
    public ArgumentMap(String file, int version, Optional<Text> title, Source source,
                       Map<String, Perspective> perspectives, Map<String, Statement> statements,
                       Map<String, Argument> arguments, Expectations expect, Location statementsLocation) {
        this(file, version, title, source, perspectives, statements, arguments, expect, statementsLocation,
                RenderSettings.NONE);
    }

    /** A map built in code, with no written {@code statements} key: such findings point at 1:1. */
    public ArgumentMap(String file, int version, Optional<Text> title, Source source,
                       Map<String, Perspective> perspectives, Map<String, Statement> statements,
                       Map<String, Argument> arguments, Expectations expect) {
        this(file, version, title, source, perspectives, statements, arguments, expect, Location.at(file, 1, 1),
                RenderSettings.NONE);
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** True when {@code id} names a statement or an argument. */
    public boolean hasNode(String id) {
        return statements.containsKey(id) || arguments.containsKey(id);
    }
}
