package org.argmap.load.interchange;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.argmap.load.ArgdownCli;
import org.argmap.load.ArgdownImportException;
import org.argmap.load.ArgdownImporter;

/**
 * Argdown for {@code argmap import --from argdown}: the JSON {@code argdown json} writes, read by
 * {@link ArgdownImporter}. A {@code .argdown} document (anything that does not start as JSON does)
 * is first turned into that JSON by Argdown's own command line, this format's {@link ImportTool}:
 * the program {@code ARGMAP_ARGDOWN} names, else {@code argdown} on PATH ({@link ArgdownCli#find}),
 * with {@link ArgdownCli#DEFAULT_LIMIT}; without one the import stops and says how to make the JSON.
 * The document's front matter, which Argdown's JSON leaves out, is read from the document itself.
 */
public final class ArgdownJsonImporter implements Importer {

    private final ImportTool argdown;

    /** Runs the Argdown CLI found in this process's environment. */
    public ArgdownJsonImporter() {
        this(ArgdownJsonImporter::runArgdown);
    }

    /** Turns documents into Argdown's JSON with {@code argdown} (a test's own CLI, say). */
    public ArgdownJsonImporter(ImportTool argdown) {
        this.argdown = argdown;
    }

    @Override
    public String name() {
        return "argdown";
    }

    @Override
    public String summary() {
        return "an Argdown document (run through the argdown command) or the JSON `argdown json` writes";
    }

    @Override
    public List<String> extensions() {
        return List.of("argdown", "json");
    }

    /** Argdown's JSON: an object whose first key is one of those {@code argdown json} writes. */
    @Override
    public boolean recognises(String content) {
        String start = content.length() > 200 ? content.substring(0, 200) : content;
        String compact = start.replaceAll("\\s+", "");
        return compact.startsWith("{\"arguments\":{") || compact.startsWith("{\"statements\":{")
                || compact.startsWith("{\"relations\":[");
    }

    /** Argdown's CLI for a document; nothing for JSON, which is read as it is. */
    @Override
    public Optional<ImportTool> tool(String fileName, String content) {
        return content.stripLeading().startsWith("{") ? Optional.empty() : Optional.of(argdown);
    }

    @Override
    public Imported read(String fileName, String content, ImportOptions options) {
        return imported(fileName, () -> ArgdownImporter.fromJson(fileName, content, Optional.empty(), options.thesis()));
    }

    @Override
    public Imported read(String fileName, String content, String translated, ImportOptions options) {
        return imported(fileName, () -> ArgdownImporter.fromJson(fileName, translated,
                ArgdownImporter.frontMatter(content), options.thesis()));
    }

    private interface Reading {
        ArgdownImporter.Imported run() throws ArgdownImportException;
    }

    private static Imported imported(String fileName, Reading reading) {
        ArgdownImporter.Imported imported;
        try {
            imported = reading.run();
        } catch (ArgdownImportException e) {
            throw refusal(fileName, e);
        }
        ImportReport.Builder report = new ImportReport.Builder().thesis(imported.thesis());
        imported.otherTheses().forEach(report::otherThesis);
        imported.notes().forEach(report::note);
        return new Imported(imported.map(), report.build());
    }

    /** Argdown's CLI from the environment, run on the document; stops with how to get the JSON without it. */
    private static String runArgdown(String fileName, String content) {
        Optional<ArgdownCli> cli;
        try {
            cli = ArgdownCli.find(System.getenv(), ArgdownCli.DEFAULT_LIMIT);
        } catch (ArgdownImportException e) {
            throw refusal(fileName, e);
        }
        if (cli.isEmpty()) {
            throw new ImportException("reading an Argdown document needs Argdown's command line, and there is no "
                    + "`argdown` on PATH (nor a program named by " + ArgdownCli.ENVIRONMENT_VARIABLE + ")",
                    withoutArgdown(fileName));
        }
        try {
            return cli.get().json(fileName, content);
        } catch (ArgdownImportException e) {
            throw refusal(fileName, e);
        }
    }

    /** How to import {@code fileName} once Argdown is installed, or with its JSON made elsewhere. */
    static String withoutArgdown(String fileName) {
        String json = Path.of(fileName).getFileName().toString().replaceFirst("\\.[^.]*$", "") + ".json";
        return "install it with `npm install -g @argdown/cli@1.7.5` (or set " + ArgdownCli.ENVIRONMENT_VARIABLE
                + " to the argdown program), or make the JSON where Argdown is: `argdown json " + fileName
                + " DIR`, then `argmap import DIR/" + json + "`";
    }

    /** The reader's message without the file name in front: the import's message names the file already. */
    private static ImportException refusal(String fileName, ArgdownImportException e) {
        String message = e.getMessage().startsWith(fileName + ": ")
                ? e.getMessage().substring(fileName.length() + 2) : e.getMessage();
        return new ImportException(message, e.hint());
    }
}
