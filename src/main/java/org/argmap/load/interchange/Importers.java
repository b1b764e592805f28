package org.argmap.load.interchange;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The registry: every input format of {@code argmap import}, once, sorted by name. Adding a format
 * is one class implementing {@link Importer} and one line here.
 */
public final class Importers {

    private static final List<Importer> ALL = Stream.<Importer>of(
                    new AifImporter(),
                    new ArgdownJsonImporter(),
                    new JsonImporter())
            .sorted(Comparator.comparing(Importer::name))
            .toList();

    private Importers() {
    }

    /** Every importer, sorted by name. */
    public static List<Importer> all() {
        return ALL;
    }

    /** The names {@code --from} takes, sorted. */
    public static List<String> names() {
        return ALL.stream().map(Importer::name).toList();
    }

    /** The importer {@code --from} calls {@code name}, ignoring case. */
    public static Optional<Importer> byName(String name) {
        return ALL.stream().filter(importer -> importer.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The format of an input given without {@code --from}: the importer whose extension the file
     * name ends with (the longest such ending wins, so {@code .aif.json} beats {@code .json}) when
     * it also {@link Importer#recognises recognises} the content or is the only one with that ending;
     * else the first importer that recognises the content.
     */
    public static Optional<Importer> guess(String fileName, String content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<Importer> byEnding = ALL.stream()
                .filter(importer -> importer.extensions().stream().anyMatch(ext -> lower.endsWith("." + ext)))
                .sorted(Comparator.comparingInt((Importer importer) -> longestEnding(importer, lower)).reversed())
                .toList();
        if (byEnding.size() == 1) {
            return Optional.of(byEnding.get(0));
        }
        Optional<Importer> fitting = byEnding.stream().filter(importer -> importer.recognises(content)).findFirst();
        return fitting.isPresent() ? fitting : ALL.stream().filter(importer -> importer.recognises(content)).findFirst();
    }

    private static int longestEnding(Importer importer, String lower) {
        return importer.extensions().stream().filter(ext -> lower.endsWith("." + ext)).mapToInt(String::length).max()
                .orElse(0);
    }
}
