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
 * <p>Immutable, and compared by its fields like a record. It is a class rather than a record
 * because it also holds its {@link Relations}, built on first use and then kept, so that every
 * stage reads one index of relations instead of walking statements and arguments on its own.
 *
 * @see #relations()
 * @see #node(String)
 */
public final class ArgumentMap {

    private final String file;
    private final int version;
    private final Optional<Text> title;
    private final Source source;
    private final Map<String, Perspective> perspectives;
    private final Map<String, Statement> statements;
    private final Map<String, Argument> arguments;
    private final Expectations expect;
    private final Location statementsLocation;
    private final RenderSettings render;
    private final Unread unread;
    /** Null until first asked for; then the one index of this map's relations. */
    private volatile Relations relations;

    /**
     * @param file               the map's file name as given by the user (used in every {@link Location})
     * @param statementsLocation where the {@code statements} key was written (for findings about the
     *                           statements as a whole, such as a missing thesis)
     * @param render             the map's own drawing settings; {@link RenderSettings#NONE} when it has none
     * @param unread             the statements and arguments the loader could not read; {@link Unread#NONE}
     *                           when it read them all
     */
    public ArgumentMap(String file, int version, Optional<Text> title, Source source,
                       Map<String, Perspective> perspectives, Map<String, Statement> statements,
                       Map<String, Argument> arguments, Expectations expect, Location statementsLocation,
                       RenderSettings render, Unread unread) {
        this(file, version, title, source, perspectives, statements, arguments, expect, statementsLocation, render,
                unread, null);
    }

    private ArgumentMap(String file, int version, Optional<Text> title, Source source,
                        Map<String, Perspective> perspectives, Map<String, Statement> statements,
                        Map<String, Argument> arguments, Expectations expect, Location statementsLocation,
                        RenderSettings render, Unread unread, Relations relations) {
        this.file = Objects.requireNonNull(file, "file");
        this.version = version;
        this.title = Objects.requireNonNull(title, "title");
        this.source = Objects.requireNonNull(source, "source");
        this.perspectives = ordered(perspectives);
        this.statements = ordered(statements);
        this.arguments = ordered(arguments);
        this.expect = Objects.requireNonNull(expect, "expect");
        this.statementsLocation = Objects.requireNonNull(statementsLocation, "statementsLocation");
        this.render = Objects.requireNonNull(render, "render");
        this.unread = Objects.requireNonNull(unread, "unread");
        this.relations = relations;
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

    public String file() {
        return file;
    }

    public int version() {
        return version;
    }

    public Optional<Text> title() {
        return title;
    }

    public Source source() {
        return source;
    }

    public Map<String, Perspective> perspectives() {
        return perspectives;
    }

    public Map<String, Statement> statements() {
        return statements;
    }

    public Map<String, Argument> arguments() {
        return arguments;
    }

    public Expectations expect() {
        return expect;
    }

    public Location statementsLocation() {
        return statementsLocation;
    }

    public RenderSettings render() {
        return render;
    }

    public Unread unread() {
        return unread;
    }

    /** The map's relations, indexed on first use and kept: every caller gets the same index. */
    public Relations relations() {
        Relations index = relations;
        if (index == null) {
            synchronized (this) {
                index = relations;
                if (index == null) {
                    index = Relations.of(statements, arguments);
                    relations = index;
                }
            }
        }
        return index;
    }

    /**
     * The statement or argument {@code id} names; empty when it names neither. When a statement
     * and an argument share the id (an error the check {@code duplicate-id} reports), the
     * statement, as the one written under {@code statements}, which every stage reads first.
     */
    public Optional<Node> node(String id) {
        Statement statement = statements.get(id);
        return statement != null ? Optional.of(statement) : Optional.ofNullable(arguments.get(id));
    }

    /** True when {@code id} names a statement or an argument. */
    public boolean hasNode(String id) {
        return node(id).isPresent();
    }

    /** This map with other statements; everything else, the drawing settings included, stays. */
    public ArgumentMap withStatements(Map<String, Statement> changed) {
        return new ArgumentMap(file, version, title, source, perspectives, changed, arguments, expect,
                statementsLocation, render, unread);
    }

    /** This map with other arguments; everything else stays. */
    public ArgumentMap withArguments(Map<String, Argument> changed) {
        return new ArgumentMap(file, version, title, source, perspectives, statements, changed, expect,
                statementsLocation, render, unread);
    }

    /** This map with other perspectives; everything else stays. */
    public ArgumentMap withPerspectives(Map<String, Perspective> changed) {
        return new ArgumentMap(file, version, title, source, changed, statements, arguments, expect,
                statementsLocation, render, unread);
    }

    /** This map with another {@code expect} block; everything else stays. */
    public ArgumentMap withExpect(Expectations changed) {
        return new ArgumentMap(file, version, title, source, perspectives, statements, arguments, changed,
                statementsLocation, render, unread);
    }

    /**
     * This map with each statement's effective kind replaced by the one in {@code kinds} (statements
     * not in it keep theirs). A kind changes no relation, so the relation index, once built, is kept.
     */
    public ArgumentMap withKinds(Map<String, Kind> kinds) {
        Map<String, Statement> kinded = new LinkedHashMap<>();
        statements.forEach((id, statement) -> kinded.put(id, statement.withKind(kinds.getOrDefault(id, statement.kind()))));
        return new ArgumentMap(file, version, title, source, perspectives, kinded, arguments, expect,
                statementsLocation, render, unread, relations);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArgumentMap that
                && file.equals(that.file) && version == that.version && title.equals(that.title)
                && source.equals(that.source) && perspectives.equals(that.perspectives)
                && statements.equals(that.statements) && arguments.equals(that.arguments)
                && expect.equals(that.expect) && statementsLocation.equals(that.statementsLocation)
                && render.equals(that.render) && unread.equals(that.unread);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, version, title, source, perspectives, statements, arguments, expect,
                statementsLocation, render, unread);
    }

    @Override
    public String toString() {
        return "ArgumentMap[file=" + file + ", version=" + version + ", title=" + title + ", source=" + source
                + ", perspectives=" + perspectives + ", statements=" + statements + ", arguments=" + arguments
                + ", expect=" + expect + ", statementsLocation=" + statementsLocation + ", render=" + render
                + ", unread=" + unread + "]";
    }
}
