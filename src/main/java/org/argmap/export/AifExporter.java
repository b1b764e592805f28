package org.argmap.export;

/**
 * The map as AIF JSON ({@code nodes, edges, locutions}), the interchange format of AIFdb and OVA,
 * through {@link AifWriter}. Registered so that {@code argmap export --to aif} and
 * {@code render -f aif} reach it like any other format; the file ends in {@code .aif}, since
 * {@code .json} is argmap's own JSON.
 */
public final class AifExporter implements Exporter {

    @Override
    public String name() {
        return "aif";
    }

    @Override
    public String extension() {
        return "aif";
    }

    @Override
    public String summary() {
        return "AIF JSON for AIFdb and OVA: statements as I-nodes, inferences and conflicts as RA and CA nodes";
    }

    @Override
    public boolean needsDrawing() {
        return false;
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public Exported export(ExportInput input) {
        return Exported.text(new AifWriter().write(input.map()));
    }
}
