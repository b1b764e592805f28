package org.argmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argmap.pipeline.CheckedMap;
import org.argmap.pipeline.DiagramChoices;
import org.argmap.pipeline.DrawingRequest;
import org.argmap.pipeline.DrawingRequests;
import org.argmap.render.View;

/**
 * The maps {@code render} checked, and those without errors to draw, in order.
 *
 * @param results  every map as checked
 * @param drawable each map without errors, with the view and the drawing choices it is drawn with
 */
record MapsToDraw(List<CheckedMap> results, List<DrawingRequest> drawable) {

    MapsToDraw {
        results = List.copyOf(results);
        drawable = List.copyOf(drawable);
    }

    /**
     * The one place where {@code render} checks and evaluates: every map is checked (and evaluated
     * when it is drawn with its evaluation) and its findings printed; each map without errors gets
     * the view drawn with the command line's options over its own. Every such map must have the
     * ids the view names; if one does not, the command stops before drawing anything.
     */
    static MapsToDraw check(List<Path> files, CheckOptions options, LayoutOptions layout, View view, PrintWriter out,
                            ProgressLine progress) {
        List<CheckedMap> results = CommandPipeline.checker(options).checkAll(files,
                map -> DiagramChoices.evaluates(layout.choices(), map.render()), progress.counting("checking"));
        progress.clear();
        Reporting.print(out, results);
        List<DrawingRequest> drawable = new ArrayList<>();
        for (CheckedMap result : results) {
            if (!result.hasErrors() && result.map().isPresent()) {
                drawable.add(DrawingRequests.of(result, view, layout.choices()));
            }
        }
        return new MapsToDraw(results, drawable);
    }

    List<Path> withErrors() {
        return results.stream().filter(CheckedMap::hasErrors).map(CheckedMap::path).toList();
    }

    int exitStatus() {
        return ExitStatus.of(CheckedMap.anyFails(results));
    }
}
