package org.argmap.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.RuleInfo;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Argument;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;
import org.argmap.model.Text;

/**
 * {@code unknown-scheme}: an argument's {@code scheme:} is free text rather than the id of a
 * scheme in the catalogue, so it gets no critical questions. Free text stays valid (an analyst may
 * name a pattern the catalogue lacks), hence info: on by default, since a note that an argument
 * gets no critical questions is what the catalogue is for, and an info finding changes no exit status.
 */
final class UnknownSchemeRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(RuleIds.UNKNOWN_SCHEME, Severity.INFO, true,
            "an argument's scheme is not the id of a scheme in the catalogue, so it has no critical questions",
            "Write the id of the catalogue's scheme (docs/schemes.md) if one fits; otherwise leave the text.");

    /** Words that name any scheme rather than this one: "argument from", "an appeal to". */
    private static final Pattern FILLER = Pattern.compile("^(the |an? )?(argument|appeal|reasoning|inference)s? (from|by|to) (the |an? )?");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Diagnostic> check(CheckContext context) {
        SchemeCatalogue catalogue = context.schemes();
        if (catalogue.schemes().isEmpty()) {
            return List.of();
        }
        List<Diagnostic> findings = new ArrayList<>();
        DidYouMean.Index ids = new DidYouMean.Index(catalogue.ids());
        for (Argument argument : context.map().arguments().values()) {
            if (argument.scheme().isEmpty() || catalogue.find(argument.scheme().get().value()).isPresent()) {
                continue;
            }
            Text scheme = argument.scheme().get();
            Optional<String> hint = suggestion(scheme.value(), catalogue, ids)
                    .map(id -> "did you mean '" + id + "' (" + catalogue.find(id).orElseThrow().name() + ")?")
                    .or(() -> Optional.of("no scheme in the catalogue is close; the text is kept as written"));
            findings.add(diagnostic(scheme.location(), "argument '" + argument.id() + "' names the scheme '"
                    + scheme.value() + "', which is not in the catalogue", hint));
        }
        return List.copyOf(findings);
    }

    /**
     * The catalogue id the text most likely means: the scheme whose name it is, whatever the case;
     * the id it spells once lower-cased, with "argument from" dropped and spaces as hyphens; or
     * the id closest to that spelling.
     */
    static Optional<String> suggestion(String text, SchemeCatalogue catalogue, DidYouMean.Index ids) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        for (Scheme scheme : catalogue.schemes()) {
            if (scheme.name().toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(scheme.id());
            }
        }
        String spelt = FILLER.matcher(lower).replaceFirst("").replaceAll("[\\s_]+", "-");
        if (catalogue.find(spelt).isPresent()) {
            return Optional.of(spelt);
        }
        return ids.closest(spelt);
    }
}
