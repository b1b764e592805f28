package org.argmap.model;

import java.util.List;

/**
 * What an id of the map names: a statement or an argument. Statements and arguments share one
 * set of ids, and relations may point at either; {@link ArgumentMap#node(String)} is the one
 * place that says which an id is.
 */
public sealed interface Node permits Statement, Argument {

    /** The id as written. */
    String id();

    /** Where the id was written. */
    Location location();

    /**
     * The critical question ids written in {@code question:}: questions of the schemes of the
     * arguments this node attacks (raised) or supports (settled); empty when none are written.
     */
    List<Text> questions();
}
