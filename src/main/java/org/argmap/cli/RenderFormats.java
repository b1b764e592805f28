package org.argmap.cli;

import java.util.LinkedHashSet;
import java.util.List;
import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.argmap.export.PngExporter;

/**
 * {@code render -f} and {@code --scale}: the formats come from the {@link Exporters} registry, so
 * the option's values, its help and its completion name every exporter there is. Each word is read
 * as every other word-valued option is ({@link ChoiceConverter}); picocli splits the commas.
 */
final class RenderFormats extends ChoiceConverter<Exporter> {

    RenderFormats() {
        super("format", "formats", Exporters::names, name -> Exporters.byName(name).orElseThrow());
    }

    /**
     * The formats as {@code -f} named them, in the order first named and without repeats; the
     * default format when none is named.
     */
    static List<Exporter> chosen(List<Exporter> named) {
        if (named == null || named.isEmpty()) {
            return List.of(Exporters.standard());
        }
        return List.copyOf(new LinkedHashSet<>(named));
    }

    /**
     * The size of PNG images: {@code --scale}, which only a PNG takes.
     *
     * @throws CommandFailure if a scale is given without png, or outside the range
     */
    static double scale(Double scale, List<Exporter> formats) {
        if (scale == null) {
            return PngExporter.DEFAULT_SCALE;
        }
        if (formats.stream().noneMatch(PngExporter.class::isInstance)) {
            throw new CommandFailure("--scale sets the size of PNG images, and no png is asked for",
                    "add png to the formats, e.g. -f svg,png --scale 2");
        }
        if (!(scale >= PngExporter.MIN_SCALE && scale <= PngExporter.MAX_SCALE)) {
            throw new CommandFailure("--scale " + scale + " is outside " + PngExporter.MIN_SCALE + " to " + PngExporter.MAX_SCALE,
                    "2 makes the PNG twice as wide and high as the SVG shows in a browser");
        }
        return scale;
    }
}
