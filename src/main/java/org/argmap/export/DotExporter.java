package org.argmap.export;

/**
 * The Graphviz DOT text argmap lays the map out with, for running Graphviz yourself: written
 * without starting an engine.
 */
public final class DotExporter implements Exporter {

    @Override
    public String name() {
        return "dot";
    }

    @Override
    public String summary() {
        return "the Graphviz input, no engine needed";
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
        return Exported.text(input.dot());
    }
}
