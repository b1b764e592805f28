package org.argmap.export;

/**
 * The map as an Argdown document (loose mode), through {@link ArgdownWriter}: what Argdown has
 * no syntax for travels in data blocks, so importing the document back loses nothing.
 * Registered so that {@code argmap export --to argdown} and {@code render -f argdown} reach it.
 */
public final class ArgdownExporter implements Exporter {

    @Override
    public String name() {
        return "argdown";
    }

    @Override
    public String summary() {
        return "an Argdown document that Argdown 1.7.5 parses without errors, every argmap field kept in data";
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
        return Exported.text(ArgdownWriter.write(input.map()));
    }
}
