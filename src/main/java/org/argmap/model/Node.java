package org.argmap.model;

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
}
