package org.argmap.model;

import java.util.Objects;

/**
 * One relation as the map wrote it, pointing from what supports, attacks or serves as a premise
 * towards what is supported, attacked or argued: a statement's {@code supports} and
 * {@code attacks} ({@code from} is the statement), an argument's {@code premises} ({@code from}
 * is the premise, {@code to} the argument) and its {@code conclusion} ({@code from} is the
 * argument; the type follows the argument's kind). Whether it is a relation of the map or names
 * something that is not there is {@link Relations}'s to say.
 *
 * @param ref where the id this relation names was written: the target, or for a premise the premise
 */
public record Relation(String from, String to, Type type, Field field, Ref ref) {

    /** What the relation does to its {@code to}. */
    public enum Type { SUPPORTS, ATTACKS, PREMISE }

    /** The field of the map that wrote the relation. */
    public enum Field {
        SUPPORTS("supports"), ATTACKS("attacks"), PREMISES("premises"), CONCLUSION("conclusion");

        private final String word;

        Field(String word) {
            this.word = word;
        }

        /** The field's name in a map file. */
        public String word() {
            return word;
        }
    }

    public Relation {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(ref, "ref");
    }

    /** The statement or argument whose field wrote this relation: the argument for a premise, else {@code from}. */
    public String writer() {
        return field == Field.PREMISES ? to : from;
    }
}
