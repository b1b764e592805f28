package org.argmap.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.argmap.model.Scheme;
import org.argmap.model.SchemeCatalogue;

/**
 * The settings read from one {@code argmap.yaml}.
 *
 * @param file        the file name used in every location
 * @param content     the file's text (empty when it could not be decoded), for printing source lines
 * @param strict      whether warnings fail ({@code strict: true}); false when not written
 * @param rules       each rule level written under {@code rules:}, in file order; entries with an
 *                    unknown rule id or level are reported in {@code diagnostics} and left out
 * @param diagnostics every problem in the file, all errors; a file with any is not to be used
 * @param schemes     the repository's own argumentation schemes ({@code schemes:}), in file order;
 *                    a scheme with a problem is reported in {@code diagnostics} and left out
 */
public record RuleConfig(String file, String content, boolean strict, List<RuleLevel> rules, List<Diagnostic> diagnostics,
                         List<Scheme> schemes) {

    /**
     * One {@code rule-id: level} line.
     *
     * @param severity the level, or empty for {@code off}
     * @param location where the rule id was written
     */
    public record RuleLevel(String ruleId, Optional<Severity> severity, Location location) {
        public RuleLevel {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(location, "location");
        }
    }

    public RuleConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        rules = List.copyOf(rules);
        diagnostics = List.copyOf(diagnostics);
        schemes = List.copyOf(schemes);
    }

    /** Settings that add no schemes. */
    public RuleConfig(String file, String content, boolean strict, List<RuleLevel> rules, List<Diagnostic> diagnostics) {
        this(file, content, strict, rules, diagnostics, List.of());
    }

    /** The schemes maps under these settings may name: the built-in catalogue, then the repository's own. */
    public SchemeCatalogue schemeCatalogue() {
        if (schemes.isEmpty()) {
            return BuiltInSchemes.catalogue();
        }
        List<Scheme> all = new ArrayList<>(BuiltInSchemes.catalogue().schemes());
        all.addAll(schemes);
        return new SchemeCatalogue(all);
    }

    public boolean hasErrors() {
        return !diagnostics.isEmpty();
    }

    /** Rule id to level (empty for off), in file order. */
    public Map<String, Optional<Severity>> levels() {
        Map<String, Optional<Severity>> levels = new LinkedHashMap<>();
        rules.forEach(level -> levels.put(level.ruleId(), level.severity()));
        return levels;
    }
}
