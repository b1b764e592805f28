package org.argmap.pipeline;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.argmap.check.CheckContext;
import org.argmap.check.Checker;
import org.argmap.diagnostic.Diagnostic;
import org.argmap.diagnostic.Severity;
import org.argmap.load.BuiltInSchemes;
import org.argmap.load.LoadResult;
import org.argmap.load.MapLoader;
import org.argmap.load.RegularFiles;
import org.argmap.load.interchange.ImportException;
import org.argmap.load.interchange.ImportOptions;
import org.argmap.load.interchange.ImportReport;
import org.argmap.load.interchange.ImportTool;
import org.argmap.load.interchange.Imported;
import org.argmap.load.interchange.Importer;
import org.argmap.load.interchange.Importers;
import org.argmap.load.interchange.MapYamlWriter;

/**
 * {@code argmap import}: another tool's document to a format-1 YAML map, in memory. The importer
 * named (or guessed from the file's name and content) reads it into the model; {@link MapYamlWriter}
 * writes that as YAML (a format whose documents only its own program parses, Argdown, has that
 * {@link ImportTool} run first); then the real loader reads the YAML back and the real checker checks it,
 * so what {@code import} writes is exactly what {@code check} will see. The caller writes the YAML
 * only when {@link Result#hasErrors} is false.
 */
public final class MapImport {

    /** The most an input may hold: four times a map's limit, since interchange formats are wordier. */
    public static final int MAX_INPUT_BYTES = 16 * 1024 * 1024;

    /**
     * One import.
     *
     * @param format   the importer that read the input
     * @param yaml     the map as it is to be written
     * @param load     the YAML loaded back by the real loader
     * @param findings the loader's and the checker's findings on the YAML, sorted by position
     * @param report   what the importer dropped, merged, chose or changed
     */
    public record Result(Importer format, String yaml, LoadResult load, List<Diagnostic> findings, ImportReport report) {
        public Result {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(yaml, "yaml");
            Objects.requireNonNull(load, "load");
            findings = List.copyOf(findings);
            Objects.requireNonNull(report, "report");
        }

        public boolean hasErrors() {
            return load.map().isEmpty() || findings.stream().anyMatch(d -> d.severity() == Severity.ERROR);
        }
    }

    private MapImport() {
    }

    /**
     * Imports {@code input}.
     *
     * @param from       the format, or empty to guess it
     * @param outputName the name the YAML will have, for the findings' locations
     * @throws PipelineException.UnusableInput when the input cannot be read, its format cannot be
     *                                         guessed, or the importer refuses it
     */
    public static Result run(Path input, Optional<Importer> from, ImportOptions options, String outputName) {
        String content = read(input);
        Importer importer = from.or(() -> Importers.guess(input.getFileName().toString(), content))
                .orElseThrow(() -> new PipelineException.UnusableInput("cannot tell the format of " + input,
                        "name it with --from: " + String.join(", ", Importers.names())));
        Imported imported;
        try {
            // a format only an outside program parses (Argdown) has that program run first; read stays pure
            Optional<ImportTool> tool = importer.tool(input.toString(), content);
            imported = tool.isEmpty() ? importer.read(input.toString(), content, options)
                    : importer.read(input.toString(), content, tool.get().translate(input.toString(), content), options);
        } catch (ImportException e) {
            throw new PipelineException.UnusableInput("cannot import " + input + " as " + importer.name() + ": "
                    + e.getMessage(), e.hint().orElse(null));
        }
        return verify(importer, MapYamlWriter.write(imported.map()), imported.report(), outputName);
    }

    /** The YAML loaded and checked as {@code check} would, with the built-in schemes. */
    static Result verify(Importer importer, String yaml, ImportReport report, String outputName) {
        LoadResult load = new MapLoader().load(outputName, yaml);
        List<Diagnostic> findings = new ArrayList<>(load.diagnostics());
        load.map().ifPresent(map -> findings.addAll(Checker.withDefaults()
                .check(new CheckContext(map, Optional.empty(), Optional.of(yaml)).withSchemes(BuiltInSchemes.catalogue()))));
        findings.sort(Diagnostic.BY_POSITION);
        return new Result(importer, yaml, load, findings, report);
    }

    private static String read(Path input) {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(input, MAX_INPUT_BYTES);
        } catch (RegularFiles.Refused e) {
            throw new PipelineException.UnusableInput("cannot read " + input + ": it " + e.getMessage());
        } catch (IOException e) {
            throw new PipelineException.UnusableInput("cannot read " + input + ": " + IoProblems.describe(input, e));
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new PipelineException.UnusableInput("cannot read " + input + ": it is not UTF-8 text",
                    "save it as UTF-8 and import it again");
        }
    }
}
