package org.argmap.cli;

import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.argmap.load.interchange.Importer;
import org.argmap.load.interchange.Importers;

/**
 * {@code export --to} and {@code import --from}: their words come from the registries
 * ({@link Exporters#withoutDrawing}, {@link Importers}), so a format registered there is offered,
 * completed and listed in the message for an unknown word with no change here.
 */
final class InterchangeFormats {

    private InterchangeFormats() {
    }

    /** The formats {@code export --to} takes. */
    static final class To extends ChoiceConverter<Exporter> {
        To() {
            super("format", "formats", () -> Exporters.withoutDrawing().stream().map(Exporter::name).toList(),
                    name -> Exporters.byName(name).orElseThrow());
        }
    }

    /** The formats {@code import --from} takes. */
    static final class From extends ChoiceConverter<Importer> {
        From() {
            super("format", "formats", Importers::names, name -> Importers.byName(name).orElseThrow());
        }
    }
}
