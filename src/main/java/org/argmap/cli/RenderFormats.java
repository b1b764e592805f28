package org.argmap.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.argmap.diagnostic.DidYouMean;
import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.argmap.export.PngExporter;

/**
 * {@code render -f} and {@code --scale}: the formats come from the {@link Exporters} registry, so
 * the option's values, its help and its completion name every exporter there is. As the option's
 * completion candidates, this lists their names.
 */
final class RenderFormats implements Iterable<String> {

    @Override
    public Iterator<String> iterator() {
        return Exporters.names().iterator();
    }

    /**
     * The formats named in the {@code -f} values, each value one name or several separated by
     * commas, in the order first named and without repeats; the default format when none is named.
     *
     * @throws CommandFailure naming the first unknown format, with a did-you-mean or else every name
     */
    static List<Exporter> parse(List<String> values) {
        if (values == null || values.isEmpty()) {
            return List.of(Exporters.standard());
        }
        Set<Exporter> formats = new LinkedHashSet<>();
        for (String value : values) {
            for (String name : value.split(",", -1)) {
                formats.add(Exporters.byName(name.strip()).orElseThrow(() -> unknown(name.strip())));
            }
        }
        return new ArrayList<>(formats);
    }

    private static CommandFailure unknown(String name) {
        return new CommandFailure("unknown format '" + name + "'", DidYouMean.hint(name.toLowerCase(Locale.ROOT),
                Exporters.names()).orElse("formats: " + String.join(", ", Exporters.names())));
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
