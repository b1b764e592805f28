package org.argmap.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.RuleIds;
import org.argmap.model.ArgumentMap;
import org.argmap.model.KindInference;
import org.argmap.model.Location;

/**
 * Loads a map file into the model. Bad input of any kind (not UTF-8, not YAML, wrong shape, too big,
 * too deep) becomes a {@link Diagnostic} with a position; only an unreadable path is an exception,
 * since then there is no file to point at.
 */
public final class MapLoader {

    private final LoadLimits limits;

    public MapLoader() {
        this(LoadLimits.DEFAULT);
    }

    public MapLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** Reads and loads a file; its path as given becomes the file name in every location. */
    public LoadResult load(Path file) throws IOException {
        String name = file.toString();
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            return tooLarge(name, String.valueOf(size));
        }
        try {
            return load(name, RegularFiles.read(file, limits.maxBytes()));
        } catch (RegularFiles.TooLarge e) {
            // it grew, or it is a file that does not know its size
            return tooLarge(name, "more than " + limits.maxBytes());
        }
    }

    /** Loads raw bytes, which must be UTF-8 (a byte order mark is allowed and skipped). */
    public LoadResult load(String fileName, byte[] bytes) {
        if (bytes.length > limits.maxBytes()) {
            return tooLarge(fileName, String.valueOf(bytes.length));
        }
        Optional<String> text = Utf8.decode(bytes);
        if (text.isPresent()) {
            return load(fileName, text.get());
        }
        Utf8.BadByte bad = Utf8.firstBadByte(bytes);
        return new LoadResult(fileName, "", Optional.empty(), List.of(Diagnostic.error(RuleIds.YAML_SYNTAX,
                Location.at(fileName, bad.line(), bad.column()), "the file is not UTF-8 text",
                "save the map as UTF-8; is this really a YAML file?")));
    }

    /** Loads text; {@code fileName} goes into every location. */
    public LoadResult load(String fileName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.length() > limits.maxBytes()) {
            return tooLarge(fileName, String.valueOf(text.length()));
        }
        YamlTreeReader.Result tree = YamlTreeReader.read(fileName, text, limits);
        List<Diagnostic> diagnostics = new ArrayList<>(tree.diagnostics());
        if (tree.root().isEmpty()) {
            return new LoadResult(fileName, text, Optional.empty(), diagnostics);
        }
        MapReader.Result read = MapReader.read(fileName, tree.root().get());
        diagnostics.addAll(read.diagnostics());
        Optional<ArgumentMap> map = read.map().map(written -> written.withKinds(KindInference.infer(written)));
        diagnostics.sort(Diagnostic.BY_POSITION);
        return new LoadResult(fileName, text, map, diagnostics);
    }

    private LoadResult tooLarge(String fileName, String size) {
        return new LoadResult(fileName, "", Optional.empty(), List.of(Diagnostic.error(RuleIds.YAML_SYNTAX,
                Location.at(fileName, 1, 1), "the file is " + size + " bytes, over the limit of " + limits.maxBytes(),
                "split the map into several files")));
    }
}
