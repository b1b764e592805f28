package org.argmap.load.interchange;

import java.util.List;
import java.util.Optional;
import org.argmap.load.AifException;
import org.argmap.load.AifImport;
import org.argmap.load.AifReader;

/**
 * AIF JSON (plain {@code nodes, edges}, with or without locutions, or OVA's {@code {"AIF": ...}}
 * wrapper) through {@link AifReader}, for {@code argmap import --from aif}. AIF files are usually
 * plain {@code .json}, so the content decides between this and argmap's own JSON.
 */
public final class AifImporter implements Importer {

    @Override
    public String name() {
        return "aif";
    }

    @Override
    public String summary() {
        return "AIF JSON from AIFdb, OVA or the AraucariaDB corpus";
    }

    @Override
    public List<String> extensions() {
        return List.of("aif", "aif.json", "json");
    }

    @Override
    public boolean recognises(String content) {
        String start = content.length() > 400 ? content.substring(0, 400) : content;
        String compact = start.replaceAll("\\s+", "");
        // "nodes" as a list, not as a key of another format's object (an Argdown statement titled "nodes")
        return compact.startsWith("{") && (compact.contains("\"nodes\":[") || compact.startsWith("{\"AIF\":"));
    }

    @Override
    public Imported read(String fileName, String content, ImportOptions options) {
        AifImport imported;
        try {
            imported = new AifReader().read(fileName, content, options.thesis());
        } catch (AifException e) {
            throw new ImportException(e.getMessage(), e.hint());
        }
        ImportReport.Builder report = new ImportReport.Builder().thesis(imported.thesis());
        imported.otherRoots().forEach(root -> report.otherThesis(root));
        imported.report().forEach(report::note);
        return new Imported(imported.map(), report.build());
    }
}
