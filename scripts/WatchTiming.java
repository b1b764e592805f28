import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.argmap.cli.CommandLineFactory;
import org.argmap.model.Deadline;
import org.argmap.pipeline.CheckRequest;
import org.argmap.pipeline.DiagramChoices;
import org.argmap.pipeline.Drawings;
import org.argmap.pipeline.MapChecker;
import org.argmap.pipeline.MapSession;
import org.argmap.render.View;
import org.argmap.render.engine.EngineChoice;
import org.argmap.render.engine.EngineSelector;

/**
 * How long {@code argmap watch} takes to draw a map again after a save, with Java and the engine
 * warm (scripts/bench-watch.sh runs it):
 *
 * <ol>
 *   <li>in-process: one {@link MapSession} checks and draws the map RUNS times after a first,
 *       cold update; the median and the slowest of the warm updates;
 *   <li>whole loop: {@code argmap watch} running on a copy of the map; the map is saved RUNS times
 *       (a comment appended) and each time the wait until the new SVG is in place is timed. This
 *       includes the watch's 120 ms of quiet after the last event of a save.
 * </ol>
 *
 *   java -XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods -cp target/argmap.jar scripts/WatchTiming.java RUNS ENGINE MAP.yaml
 */
public class WatchTiming {
    public static void main(String[] args) throws Exception {
        int runs = Integer.parseInt(args[0]);
        EngineChoice engine = EngineChoice.fromCliName(args[1]);
        Path source = Path.of(args[2]);
        Path work = Files.createTempDirectory("argmap-watch-timing");
        Files.createDirectory(work.resolve(".git"));
        Path map = work.resolve(source.getFileName());
        Files.copy(source, map);

        List<Long> session = new ArrayList<>();
        long cold;
        try (MapSession warm = new MapSession(new MapChecker(CheckRequest.defaults()),
                new Drawings(EngineSelector.forThisProcess(), engine, () -> Deadline.NONE, Duration.ZERO))) {
            MapSession.Request request = MapSession.Request.drawing(View.WHOLE, DiagramChoices.NONE);
            long t = System.nanoTime();
            require(warm.update(map, request));
            cold = System.nanoTime() - t;
            for (int r = 0; r < runs; r++) {
                t = System.nanoTime();
                require(warm.update(map, request));
                session.add(System.nanoTime() - t);
            }
        }

        Path output = work.resolve("output");
        Path svg = output.resolve(map.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".svg");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Thread watch = new Thread(() -> CommandLineFactory.create(new PrintWriter(out, true), new PrintWriter(err, true))
                .execute("watch", "--engine", args[1], "-o", output.toString(), map.toString()));
        watch.setDaemon(true);
        watch.start();
        waitFor(() -> out.toString().contains("Ctrl-C stops"), out, err);
        List<Long> loop = new ArrayList<>();
        String text = Files.readString(map, StandardCharsets.UTF_8);
        for (int r = 0; r < runs; r++) {
            FileTime before = Files.getLastModifiedTime(svg);
            int rounds = count(out.toString(), "wrote ");
            Thread.sleep(50); // apart from the previous save, so that each save is a burst of its own
            long t = System.nanoTime();
            Files.writeString(map, text + "\n# save " + r + "\n", StandardCharsets.UTF_8);
            waitFor(() -> count(out.toString(), "wrote ") > rounds, out, err);
            loop.add(System.nanoTime() - t);
            if (Files.getLastModifiedTime(svg).equals(before)) {
                throw new IllegalStateException("the diagram was not written again:\n" + out);
            }
        }
        watch.interrupt();
        watch.join(10_000);

        System.out.printf("%s, engine %s, %d runs%n", source.getFileName(), args[1], runs);
        System.out.printf("  session update (check + draw), cold: %d ms%n", cold / 1_000_000);
        System.out.printf("  session update, warm: median %d ms, slowest %d ms%n", median(session), max(session));
        System.out.printf("  watch, save to new SVG in place (includes %d ms of quiet): median %d ms, slowest %d ms%n",
                120, median(loop), max(loop));
    }

    private static void require(MapSession.Update update) {
        if (!update.drawn()) {
            throw new IllegalStateException("not drawn: " + update);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, StringWriter out, StringWriter err)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out:\n" + out + err);
            }
            Thread.sleep(2);
        }
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int at = text.indexOf(what); at >= 0; at = text.indexOf(what, at + 1)) {
            n++;
        }
        return n;
    }

    private static long median(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2) / 1_000_000;
    }

    private static long max(List<Long> nanos) {
        return nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1_000_000;
    }
}
