package org.argmap.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.export.Exporter;
import org.argmap.export.Exporters;
import org.argmap.render.View;

/**
 * Where {@code render} writes each map's files: {@code DIR/<map name><view suffix>.<extension>},
 * the view's suffix ({@link View#fileSuffix}) keeping a view from overwriting the whole map's
 * files. Two maps that would share files are refused before anything is read.
 */
public final class OutputPlan {

    /** Each map's path without extension, by the map file as the user named it. */
    private final Map<Path, Path> bases;

    private OutputPlan(Map<Path, Path> bases) {
        this.bases = bases;
    }

    /**
     * The files of {@code maps} in {@code folder}, drawn with {@code view}.
     *
     * @param shown the format named when two maps would collide
     * @throws OutputException if two maps would be written to the same files
     */
    public static OutputPlan of(Path folder, List<Path> maps, View view, Exporter shown) {
        Map<Path, Path> bases = new LinkedHashMap<>();
        Map<Path, Path> claimedBy = new HashMap<>();
        for (Path map : maps) {
            Path base = folder.resolve(baseName(map) + view.fileSuffix());
            Path earlier = claimedBy.putIfAbsent(base, map);
            if (earlier != null) {
                throw new OutputException("both " + earlier + " and " + map + " would be drawn to "
                        + withExtension(base, shown), "rename one of the maps or render them to different folders with -o");
            }
            bases.put(map, base);
        }
        return new OutputPlan(bases);
    }

    /** The file of {@code exporter}'s format for {@code map}. */
    public Path file(Path map, Exporter exporter) {
        Path base = bases.get(map);
        if (base == null) {
            throw new IllegalArgumentException("no output planned for " + map);
        }
        return withExtension(base, exporter);
    }

    /** The maps, in the order given. */
    public List<Path> maps() {
        return List.copyOf(bases.keySet());
    }

    /**
     * The files of {@code map} that may carry the stamp of its earlier drawing: its diagram first,
     * then the other text files made from the drawing (the HTML page holds the diagram).
     */
    public List<Path> stamped(Path map) {
        List<Path> files = new ArrayList<>(List.of(file(map, Exporters.standard())));
        Exporters.all().stream()
                .filter(exporter -> exporter != Exporters.standard() && exporter.needsDrawing() && exporter.text())
                .forEach(exporter -> files.add(file(map, exporter)));
        return files;
    }

    /** The map file's name without its extension: {@code maps/essay.yaml} gives {@code essay}. */
    static String baseName(Path map) {
        String name = map.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static Path withExtension(Path base, Exporter exporter) {
        return base.resolveSibling(base.getFileName() + "." + exporter.extension());
    }
}
