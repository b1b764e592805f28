package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.render.engine.StubEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code argmap preview} from the command line: it prints a loopback address, serves the map there,
 * and follows saves on its own; it refuses what it cannot show.
 */
class PreviewCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("at (http://[^ ]+/) \\(Ctrl-C stops\\)");

    @TempDir
    Path dir;

    static URI address(LiveRun run) {
        run.awaitOut("the address", out -> ADDRESS.matcher(out).find());
        Matcher matcher = ADDRESS.matcher(run.out());
        assertTrue(matcher.find());
        return URI.create(matcher.group(1));
    }

    private static String get(URI uri) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    @Test
    void printsALoopbackAddressAndFollowsSaves() throws IOException {
        Path map = dir.resolve("essay.yaml");
        Files.writeString(map, CheckCommandTest.VALID);
        try (LiveRun run = LiveRun.start(StubEngine.selector(), "preview", "--port", "0", map.toString())) {
            URI address = address(run);
            assertTrue(InetAddress.getByName(address.getHost()).isLoopbackAddress(), address::toString);
            assertTrue(get(address.resolve("/diagram.svg")).contains("Distrust runs too deep."));
            assertTrue(run.out().contains("1 map checked: no problems"), run::all);

            Files.writeString(map, CheckCommandTest.VALID.replace("too deep", "deeper still"));
            run.await("the saved map drawn", () -> get(address.resolve("/diagram.svg")).contains("deeper still"));
            assertEquals(ExitStatus.CLEAN, run.stop());
            assertTrue(run.out().endsWith("stopped the preview\n"), run::all);
        }
    }

    @Test
    void showsOneMapNotAFolder() {
        CliRun run = CliRun.of("preview", dir.toString());
        assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
        assertTrue(run.err().contains("preview shows one map file, not the folder"), run::all);
    }

    @Test
    void saysWhenThePortIsTaken() throws IOException {
        Path map = dir.resolve("essay.yaml");
        Files.writeString(map, CheckCommandTest.VALID);
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("preview", "--port", String.valueOf(taken.getLocalPort()), map.toString());
            assertEquals(ExitStatus.CANNOT_RUN, run.status(), run::all);
            assertTrue(run.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), run::all);
        }
    }
}
