import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argmap.load.MapLoader;
import org.argmap.model.ArgumentMap;
import org.argmap.render.DotRenderer;
import org.argmap.render.engine.Engine;
import org.argmap.render.engine.WasmGraphvizEngine;

/**
 * In-process timing of the WebAssembly engine (scripts/bench-wasm-engine.sh runs it): for each
 * map file, the DOT is made once, then drawn RUNS times by one engine; prints the first render
 * (which includes making the first instance, if the engine was not started early) and the median
 * of the rest, in milliseconds.
 *
 *   java -cp target/argmap.jar scripts/WasmEngineTiming.java RUNS MAP.yaml...
 */
public class WasmEngineTiming {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        for (int i = 1; i < args.length; i++) {
            ArgumentMap map = new MapLoader().load(Path.of(args[i])).map().orElseThrow();
            String dot = new DotRenderer().render(map);
            List<Long> times = new ArrayList<>();
            int svgLength = 0;
            long startedAt = System.nanoTime();
            try (Engine engine = WasmGraphvizEngine.start()) {
                for (int r = 0; r < runs; r++) {
                    long t = System.nanoTime();
                    svgLength = engine.renderSvg(dot).length();
                    times.add((System.nanoTime() - (r == 0 ? startedAt : t)) / 1_000_000);
                }
            }
            long first = times.get(0);
            List<Long> rest = new ArrayList<>(times.subList(1, times.size()));
            rest.sort(null);
            String median = rest.isEmpty() ? "-" : rest.get(rest.size() / 2) + " ms";
            System.out.printf("%s: %d statements, SVG %d bytes; first render (engine start included) %d ms, later renders median %s %s%n",
                    Path.of(args[i]).getFileName(), map.statements().size(), svgLength, first, median, rest);
        }
    }
}
