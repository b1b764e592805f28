package org.argmap.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.diagnostic.RuleIds;
import org.argmap.diagnostic.Severity;
import org.argmap.model.Location;
import org.argmap.model.Scheme;

/**
 * Reads an {@code argmap.yaml} settings file into a {@link RuleConfig}:
 * <pre>
 * strict: true            # optional: warnings fail too
 * rules:                  # optional: rule id to off, info, warning or error
 *   disconnected: error
 * schemes:                # optional: the repository's own argumentation schemes
 *   - id: motive            (shaped like the built-in catalogue's entries; see SettingsSchemes)
 * </pre>
 * The YAML is read like a map's (no anchors, aliases or tags; no duplicate keys; the same size
 * limits). Every problem becomes a {@code schema} or {@code yaml-syntax} error with a position,
 * never an exception; an empty file (or one with only comments) holds no settings.
 */
public final class ConfigLoader {

    static final Set<String> TOP_FIELDS = Set.of("strict", "rules", "schemes");
    static final List<String> LEVEL_WORDS = Severity.LEVEL_WORDS;
    private static final Set<String> LOADER_RULES = Set.of(RuleIds.YAML_SYNTAX, RuleIds.SCHEMA);

    private final SortedSet<String> ruleIds;
    private final LoadLimits limits;

    /** @param ruleIds the ids a settings file may give a level to */
    public ConfigLoader(Collection<String> ruleIds) {
        this(ruleIds, LoadLimits.DEFAULT);
    }

    public ConfigLoader(Collection<String> ruleIds, LoadLimits limits) {
        this.ruleIds = new TreeSet<>(ruleIds);
        this.limits = limits;
    }

    /** Reads a file; its path as given becomes the file name in every location. */
    public RuleConfig load(Path file) throws IOException {
        String name = file.toString();
        byte[] bytes;
        try {
            bytes = RegularFiles.read(insideItsRepository(file), limits.maxBytes());
        } catch (RegularFiles.TooLarge e) {
            return unreadable(name, "the file " + e.getMessage(), "settings take a few lines; is this the right file?");
        }
        return Utf8.decode(bytes).map(text -> load(name, text))
                .orElseGet(() -> unreadable(name, "the file is not UTF-8 text", "save " + ConfigLocator.FILE_NAME + " as UTF-8"));
    }

    /**
     * The settings file with symbolic links resolved, when that stays in the repository of the
     * folder it was found in: a settings file linked to a file elsewhere would print that file's
     * lines in its findings.
     */
    private static Path insideItsRepository(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent().toRealPath();
        Path real = file.toRealPath();
        Path repository = Repository.rootOf(folder);
        if (!real.startsWith(repository)) {
            throw new RegularFiles.Refused("is a symbolic link to a file outside the repository " + repository);
        }
        return real;
    }

    /** Reads settings from text; {@code fileName} goes into every location. */
    public RuleConfig load(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (holdsNoDocument(text)) {
            return new RuleConfig(fileName, text, false, List.of(), List.of());
        }
        YamlTreeReader.Result tree = YamlTreeReader.read(fileName, text, limits);
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : tree.diagnostics()) {
            // a repeated key is a duplicate id in a map; here it is a repeated setting
            diagnostics.add(d.rule().equals(RuleIds.DUPLICATE_ID)
                    ? new Diagnostic(RuleIds.SCHEMA, d.severity(), d.location(), d.message(), d.hint(), d.related())
                    : d);
        }
        boolean strict = false;
        List<RuleConfig.RuleLevel> rules = new ArrayList<>();
        List<Scheme> schemes = new ArrayList<>();
        if (tree.root().isPresent()) {
            YamlNode root = tree.root().get();
            if (root instanceof YamlNode.Mapping top) {
                strict = readTop(top, rules, schemes, diagnostics);
            } else if (!(root instanceof YamlNode.Scalar s && s.isNull())) {
                diagnostics.add(schema(root.location(), "the settings must be a mapping with 'strict' or 'rules', found "
                        + root.describe(), "e.g. 'strict: true'"));
            }
        }
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new RuleConfig(fileName, text, strict, rules, diagnostics, schemes);
    }

    private boolean readTop(YamlNode.Mapping top, List<RuleConfig.RuleLevel> rules, List<Scheme> schemes,
                            List<Diagnostic> diagnostics) {
        boolean strict = false;
        for (YamlNode.Entry entry : top.entries()) {
            String name = entry.key().text();
            switch (name) {
                case "strict" -> strict = readStrict(entry.key(), entry.value(), diagnostics);
                case "rules" -> readRules(entry.value(), rules, diagnostics);
                case "schemes" -> schemes.addAll(SettingsSchemes.read(entry.value(), BuiltInSchemes.catalogue(), diagnostics));
                default -> diagnostics.add(schema(entry.key().location(), "unknown setting '" + name + "'",
                        DidYouMean.hint(name, TOP_FIELDS).orElse("settings: rules, schemes, strict")));
            }
        }
        return strict;
    }

    private static boolean readStrict(YamlNode.Scalar key, YamlNode value, List<Diagnostic> diagnostics) {
        String hint = "write 'strict: true' or 'strict: false'";
        if (value instanceof YamlNode.Scalar s && s.isNull()) {
            diagnostics.add(schema(key.location(), "'strict' must be true or false, found an empty value", hint));
            return false;
        }
        if (value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            String word = s.text().toLowerCase(Locale.ROOT);
            if (word.equals("true") || word.equals("false")) {
                return word.equals("true");
            }
            diagnostics.add(schema(s.location(), "'strict' must be true or false, found '" + s.text() + "'", hint));
            return false;
        }
        boolean quoted = value instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.STRING;
        diagnostics.add(schema(value.location(), "'strict' must be true or false, found " + value.describe(),
                quoted ? hint + ", without quotes" : hint));
        return false;
    }

    private void readRules(YamlNode value, List<RuleConfig.RuleLevel> rules, List<Diagnostic> diagnostics) {
        if (value instanceof YamlNode.Scalar s && s.isNull()) {
            return;
        }
        if (!(value instanceof YamlNode.Mapping mapping)) {
            diagnostics.add(schema(value.location(), "'rules' must be a mapping of rule id to level, found " + value.describe(),
                    "indent lines such as 'disconnected: error' under 'rules:'"));
            return;
        }
        for (YamlNode.Entry entry : mapping.entries()) {
            YamlNode.Scalar key = entry.key();
            String id = key.text();
            // the level is read even for a wrong id, so one run shows both mistakes
            Optional<RuleConfig.RuleLevel> level = readLevel(id, key, entry.value(), diagnostics);
            if (LOADER_RULES.contains(id)) {
                diagnostics.add(schema(key.location(), "'" + id + "' is reported while loading and cannot be changed",
                        "a file that does not load as a map cannot be checked; remove this line"));
            } else if (!ruleIds.contains(id)) {
                diagnostics.add(schema(key.location(), "unknown rule '" + id + "'",
                        DidYouMean.hint(id, ruleIds).orElse("rules: " + String.join(", ", ruleIds))));
            } else {
                level.ifPresent(rules::add);
            }
        }
    }

    /** The level written for a rule, or empty when it is not a level (and reported). */
    private static Optional<RuleConfig.RuleLevel> readLevel(String id, YamlNode.Scalar key, YamlNode value,
                                                          List<Diagnostic> diagnostics) {
        String accepted = "use one of: " + String.join(", ", LEVEL_WORDS);
        if (!(value instanceof YamlNode.Scalar s)) {
            diagnostics.add(schema(value.location(), "the level of rule '" + id + "' must be a word, found " + value.describe(),
                    accepted));
            return Optional.empty();
        }
        if (s.isNull()) {
            diagnostics.add(schema(key.location(), "rule '" + id + "' has no level", accepted));
            return Optional.empty();
        }
        // 'off' is a YAML boolean, so the word is taken as written whatever type YAML gave it
        try {
            return Optional.of(new RuleConfig.RuleLevel(id, Severity.ofLevel(s.text()), key.location()));
        } catch (IllegalArgumentException notALevel) {
            String word = s.text().trim().toLowerCase(Locale.ROOT);
            diagnostics.add(schema(s.location(), "'" + s.text() + "' is not a level (rule '" + id + "')",
                    DidYouMean.hint(word, LEVEL_WORDS).orElse(accepted)));
            return Optional.empty();
        }
    }

    /** True for text with nothing but blank lines and comments, which YAML reads as no document. */
    private static boolean holdsNoDocument(String text) {
        return text.lines().map(String::strip).allMatch(line -> line.isEmpty() || line.startsWith("#"));
    }

    private static Diagnostic schema(Location at, String message, String hint) {
        return Diagnostic.error(RuleIds.SCHEMA, at, message, hint);
    }

    private static RuleConfig unreadable(String file, String message, String hint) {
        return new RuleConfig(file, "", false, List.of(),
                List.of(Diagnostic.error(RuleIds.YAML_SYNTAX, Location.at(file, 1, 1), message, hint)));
    }
}
