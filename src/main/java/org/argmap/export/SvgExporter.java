package org.argmap.export;

/**
 * The diagram as the Graphviz engine draws it, with argmap's stamp saying which engine drew it
 * from which DOT: the default format. Same map, same engine, same Graphviz: same bytes.
 */
public final class SvgExporter implements Exporter {

    @Override
    public String name() {
        return "svg";
    }

    @Override
    public String summary() {
        return "the diagram, drawn by Graphviz";
    }

    @Override
    public boolean needsDrawing() {
        return true;
    }

    @Override
    public boolean text() {
        return true;
    }

    @Override
    public Exported export(ExportInput input) {
        return Exported.text(input.svg().get());
    }
}
