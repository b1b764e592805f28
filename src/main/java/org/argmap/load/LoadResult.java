package org.argmap.load;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.model.ArgumentMap;

/**
 * What loading one file gave.
 *
 * @param file        the file name used in every location
 * @param content     the file's text (empty when it could not be decoded), for printing source lines
 * @param map         the model, when the file was YAML with a usable top-level shape; it may be
 *                    partial when {@code diagnostics} holds schema errors (broken parts are dropped)
 * @param diagnostics the loader's findings: {@code yaml-syntax}, {@code schema}, {@code duplicate-id}
 */
public record LoadResult(String file, String content, Optional<ArgumentMap> map, List<Diagnostic> diagnostics) {

    public LoadResult {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(map, "map");
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
