package org.argmap.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The argumentation schemes a map may name, in the order they are documented, each found by its
 * id. The built-in one is read from argmap's resources ({@code load.BuiltInSchemes}).
 */
public final class SchemeCatalogue {

    /** No schemes at all. */
    public static final SchemeCatalogue EMPTY = new SchemeCatalogue(List.of());

    private final Map<String, Scheme> byId = new LinkedHashMap<>();

    /** A catalogue of {@code schemes}; their ids must differ. */
    public SchemeCatalogue(List<Scheme> schemes) {
        for (Scheme scheme : schemes) {
            if (byId.putIfAbsent(scheme.id(), scheme) != null) {
                throw new IllegalArgumentException("two schemes have the id '" + scheme.id() + "'");
            }
        }
    }

    /** Every scheme, in catalogue order. */
    public List<Scheme> schemes() {
        return List.copyOf(byId.values());
    }

    /** Every scheme id, in catalogue order. */
    public Set<String> ids() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    /** The scheme with this id, if the catalogue has one. */
    public Optional<Scheme> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * What to call an argument's scheme where it is shown: the catalogue's name when the scheme is
     * one of its ids, else the text as written; empty when the argument names no scheme.
     */
    public Optional<String> displayName(Argument argument) {
        return argument.scheme().map(text -> find(text.value()).map(Scheme::name).orElse(text.value()));
    }
}
